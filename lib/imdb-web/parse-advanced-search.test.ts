import { describe, expect, it } from 'vitest';
import { parseAdvancedSearch } from './parse-advanced-search';
import { ADVANCED_FILE, byTconst, expectWellFormed, FIND_FILE, readSaved } from './saved-pages.test-helper';
import { LayoutNotRecognisedError } from './types';

const findHtml = readSaved(FIND_FILE);
const advancedHtml = readSaved(ADVANCED_FILE);

describe('parseAdvancedSearch (real German-localised fragment)', () => {
  const titles = parseAdvancedSearch(advancedHtml);

  it('reads all 50 entries, without the rank number in the title', () => {
    expectWellFormed(titles);
    expect(titles).toHaveLength(50);
    expect(titles.every((title) => !/^\d+\.\s/.test(title.title))).toBe(true);
    expect(titles.map((title) => title.title)).toEqual(
      expect.arrayContaining(['Navy CIS', '9-1-1: Notruf L.A.', 'Love, Death & Robots', '24: Twenty Four']),
    );
  });

  it('reads decimal-comma ratings and German-grouped vote counts, not the signed-in user’s own stars', () => {
    // The page also shows "Ihre Bewertung: 7" for this title.
    expect(titles[0]).toEqual({
      tconst: 'tt3581920',
      title: 'The Last of Us',
      year: 2023,
      type: 'tvSeries',
      rating: 8.7,
      votes: 646623,
      runtimeMinutes: null,
      source: 'advanced-search',
    });
    expect(byTconst(titles, 'tt12262202')).toMatchObject({
      title: 'The Acolyte',
      year: 2024,
      rating: 4.2,
      votes: 133043,
    });
    expect(byTconst(titles, 'tt28454008')).toMatchObject({ title: 'Lazaro', rating: 7.4, votes: 1323 });
    expect(byTconst(titles, 'tt9288030')).toMatchObject({ title: 'Reacher', rating: 8, votes: 263230 });
  });

  it('maps German type names and reads the start of open year ranges', () => {
    expect(byTconst(titles, 'tt20234568')).toMatchObject({ title: 'Yakhanyeongung', type: 'tvMiniSeries', year: 2022 });
    expect(byTconst(titles, 'tt0112178')).toMatchObject({ title: 'Star Trek: Raumschiff Voyager', year: 1995 });
    expect(new Set(titles.map((title) => title.type))).toEqual(new Set(['tvSeries', 'tvMiniSeries']));
  });

  it('gives null rating and votes for a title not rated yet', () => {
    expect(byTconst(titles, 'tt30444310')).toMatchObject({ title: 'Murderbot', year: 2025, rating: null, votes: null });
  });

  it('raises LayoutNotRecognisedError for a page without its result list', () => {
    expect(() => parseAdvancedSearch(findHtml)).toThrow(LayoutNotRecognisedError);
    expect(() => parseAdvancedSearch('<html><body><ul class="list"><li>1. Foo</li></ul></body></html>')).toThrow(
      'IMDb advanced search: layout not recognised (no result list)',
    );
  });
});
