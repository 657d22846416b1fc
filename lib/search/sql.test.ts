import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parse';
import { allWordsTsquery, buildSearchSql, retrievalWords, TUNING } from './sql';

const build = (q: string, extra: Partial<Parameters<typeof buildSearchSql>[0]> = {}) =>
  buildSearchSql({
    query: parseSearchQuery(q),
    types: null,
    yearFrom: null,
    yearTo: null,
    limit: 20,
    userId: null,
    ...extra,
  });

describe('allWordsTsquery', () => {
  it('quotes every word and makes the last one a prefix while it is typed', () => {
    expect(allWordsTsquery(['star', 'wars', 'the', 'for'], true)).toBe("'star' & 'wars' & 'the' & 'for':*");
    expect(allWordsTsquery(['star', 'wars'], false)).toBe("'star' & 'wars'");
    expect(allWordsTsquery([], false)).toBe('');
  });
});

describe('retrievalWords', () => {
  it('leaves out a last word of one or two characters still being typed', () => {
    expect(retrievalWords(parseSearchQuery('star wars t'))).toEqual(['star', 'wars']);
    expect(retrievalWords(parseSearchQuery('star wars 7 '))).toEqual(['star', 'wars', '7']);
    expect(retrievalWords(parseSearchQuery('star wars the'))).toEqual(['star', 'wars', 'the']);
    expect(retrievalWords(parseSearchQuery('up'))).toEqual(['up']);
  });
});

describe('buildSearchSql', () => {
  it('passes the query and every filter as parameters, never as SQL text', () => {
    const hostile = "x'); DROP TABLE watches; --";
    const sql = build(hostile, { types: ['movie'], yearFrom: 1990, yearTo: 2000, userId: 7 });
    expect(sql.text).not.toContain('DROP TABLE');
    expect(sql.values).toContain(hostile);
    expect(sql.values).toContainEqual(['movie']);
    expect(sql.values).toEqual(expect.arrayContaining([1990, 2000, 7]));
  });

  it('reads short queries from the vote-ordered prefix index of the popular titles only', () => {
    const short = build('st').text;
    expect(short).toContain('left(t.norm, 2)');
    expect(short).not.toContain('word_matches');
    expect(short).not.toContain('popular_fuzzy');
    const long = build('star wars').text;
    expect(long).toContain('word_matches');
    expect(long).toContain('popular_fuzzy');
    expect(long).not.toContain('left(t.norm');
  });

  it('looks for the full text as well when the query ends with a year', () => {
    const sql = build('wonder woman 1984');
    expect(sql.values).toContain('wonder woman 1984');
    expect(sql.values).toContain('wonder woman');
    expect(sql.values).toEqual(expect.arrayContaining([1983, 1985]));
  });

  it('uses fewer rows for the word lookup when a filter applies', () => {
    expect(build('love').values).toContain(TUNING.wordCommonRows);
    expect(build('love', { types: ['movie'] }).values).toContain(TUNING.wordCommonRowsFiltered);
  });
});
