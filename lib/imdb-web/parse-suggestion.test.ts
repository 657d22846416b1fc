import { describe, expect, it } from 'vitest';
import { parseSuggestion } from './parse-suggestion';
import { byTconst, expectWellFormed, readSaved, SUGGESTION_FILE } from './saved-pages.test-helper';
import { LayoutNotRecognisedError } from './types';

const suggestionJson: unknown = JSON.parse(readSaved(SUGGESTION_FILE));

describe('parseSuggestion (real suggestion JSON)', () => {
  const titles = parseSuggestion(suggestionJson);

  it('reads all 8 entries in IMDb order, with dataset type names', () => {
    expectWellFormed(titles);
    expect(titles.map((title) => title.tconst)).toEqual([
      'tt33764258',
      'tt0118414',
      'tt0062622',
      'tt1659619',
      'tt0103504',
      'tt1424712',
      'tt4712918',
      'tt31227740',
    ]);
    expect(titles[0]).toEqual({
      tconst: 'tt33764258',
      title: 'The Odyssey',
      year: 2026,
      type: 'movie',
      source: 'suggestion',
    });
    expect(byTconst(titles, 'tt0118414')).toMatchObject({ year: 1997, type: 'tvMiniSeries' });
    expect(byTconst(titles, 'tt0103504')).toMatchObject({ year: 1992, type: 'tvSeries' });
    expect(byTconst(titles, 'tt0062622')).toMatchObject({ title: '2001: A Space Odyssey', year: 1968 });
  });

  it('gives null for the entry that has no "y"', () => {
    expect(byTconst(titles, 'tt4712918')).toMatchObject({ title: 'The Odyssey', year: null, type: 'movie' });
  });

  it('falls back to the display type "q" when "qid" is missing or unknown', () => {
    const items = [
      { id: 'tt1234567', l: 'A', q: 'TV mini-series' },
      { id: 'tt1234568', l: 'B', qid: 'podcastSeries', q: 'feature' },
      { id: 'tt1234569', l: 'C', qid: 'podcastSeries', q: 'Podcast Series' },
    ];
    expect(parseSuggestion({ d: items }).map((title) => title.type)).toEqual(['tvMiniSeries', 'movie', null]);
  });

  it('skips names and entries with a malformed id, and de-duplicates', () => {
    const titles = parseSuggestion({
      d: [
        { id: 'nm0000138', l: 'Leonardo DiCaprio', s: 'Actor' },
        { id: 'tt123', l: 'Too short' },
        { id: 'tt0133093', l: 'The Matrix', qid: 'movie', y: 1999 },
        { id: 'tt0133093', l: 'The Matrix', qid: 'movie', y: 1999 },
        { id: 'tt0234215', l: '   ' },
      ],
      q: 'matrix',
      v: 1,
    });
    expect(titles).toEqual([
      { tconst: 'tt0133093', title: 'The Matrix', year: 1999, type: 'movie', source: 'suggestion' },
    ]);
  });

  it('takes an answer with only the echoed query as "nothing found"', () => {
    expect(parseSuggestion({ q: 'xyzzy%20qwerty', v: 1 })).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', [{ id: 'tt0133093', l: 'The Matrix' }]],
    ['another object shape', { results: [{ tconst: 'tt0133093', title: 'The Matrix' }] }],
    ['"d" that is not an array', { d: 'tt0133093', q: 'matrix' }],
    ['entries without ids', { d: [{ title: 'The Matrix' }, { title: 'Matrix' }] }],
  ])('raises LayoutNotRecognisedError for %s', (_, json) => {
    expect(() => parseSuggestion(json)).toThrow(LayoutNotRecognisedError);
    expect(() => parseSuggestion(json)).toThrow(/^IMDb suggestions: layout not recognised \(/);
  });
});
