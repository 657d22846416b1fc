import { describe, expect, it } from 'vitest';
import { type IndexedTitle, matchTitles } from './title-index';

const title = (tconst: string, name: string, year: number, extra: Partial<IndexedTitle> = {}): IndexedTitle => ({
  tconst,
  title: name,
  year,
  type: 'movie',
  inJournal: false,
  onWatchlist: false,
  seenAt: 0,
  ...extra,
});

const titles = [
  title('tt0000001', 'Carmencita', 1894, { seenAt: 5 }),
  title('tt0113277', 'Heat', 1995, { inJournal: true }),
  title('tt0095016', 'Die Hard', 1988, { onWatchlist: true, seenAt: 9 }),
  title('tt0211915', 'Le fabuleux destin d’Amélie Poulain', 2001),
  title('tt0081505', 'Heat and Dust', 1983, { seenAt: 7 }),
];

const ids = (query: string) => matchTitles(titles, query).map((t) => t.tconst);

describe('matchTitles', () => {
  it('finds every word, without case or accents, the last typed word as a prefix', () => {
    expect(ids('amelie')).toEqual(['tt0211915']);
    expect(ids('DIE ha')).toEqual(['tt0095016']);
    expect(ids('carm')).toEqual(['tt0000001']);
    expect(ids('hard die x')).toEqual([]);
  });

  it('puts the whole title, then a year hint, then the journal first', () => {
    expect(ids('heat')).toEqual(['tt0113277', 'tt0081505']);
    expect(ids('heat 1983')).toEqual(['tt0081505', 'tt0113277']);
  });

  it('puts a title that starts with the query before one that has it inside', () => {
    const two = [title('tt1', 'Into the Wild', 2007, { inJournal: true }), title('tt2', 'The Thing', 1982)];
    expect(matchTitles(two, 'the').map((t) => t.tconst)).toEqual(['tt2', 'tt1']);
  });

  it('finds nothing for nothing', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('!!')).toEqual([]);
  });
});
