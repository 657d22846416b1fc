import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFiles } from '../../lib/import/parse';
import type { ParsedRecord } from '../../lib/import/types';

// Every real export sample: one record per CSV record (counts from SOURCES.md), and named rows
// come through exactly.

const REAL = path.resolve('../shared/realdata');
const file = (rel: string) => ({ name: path.basename(rel), bytes: readFileSync(path.join(REAL, rel)) });

async function parse(...rels: string[]): Promise<ParsedRecord[]> {
  const result = await parseImportFiles(rels.map(file));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.records;
}

const lines = (records: ParsedRecord[]) => new Set(records.map((r) => `${r.file}:${r.line}`)).size;
const at = (records: ParsedRecord[], line: number, kind: ParsedRecord['kind'] = 'watch') =>
  records.find((r) => r.line === line && r.kind === kind);

describe('real IMDb exports', () => {
  it('ratings.csv (current format): 299 records', async () => {
    const records = await parse('imdb-export/ratings.csv');
    expect(records).toHaveLength(299);
    expect(records.every((r) => r.error === null && r.imdbId && r.grade10 !== null)).toBe(true);
    expect(records[0]).toMatchObject({
      line: 2,
      imdbId: 'tt0073195',
      title: 'Jaws',
      year: 1975,
      grade10: 9,
      watchedOn: '2026-04-02',
      precision: 'day',
    });
    expect(records[0].meta).toEqual({
      originalTitle: 'Jaws',
      titleType: 'movie',
      genres: ['Adventure', 'Horror', 'Drama', 'Thriller'],
      runtimeMinutes: 124,
      imdbRating: 8.1,
      numVotes: 734304,
      directors: ['Steven Spielberg'],
      releaseDate: '1975-06-20',
    });
    const sopranos = records.find((r) => r.imdbId === 'tt0995839');
    expect(sopranos).toMatchObject({ title: 'The Sopranos: Made in America', grade10: 10, watchedOn: '2025-08-11' });
    expect(sopranos?.meta?.titleType).toBe('tvEpisode');
  });

  it('watchlist.csv (current list format): 299 rows, a rated one also a viewing', async () => {
    const records = await parse('imdb-export/watchlist.csv');
    expect(lines(records)).toBe(299);
    expect(records.filter((r) => r.kind === 'watchlist')).toHaveLength(299);
    expect(at(records, 87, 'watchlist')).toMatchObject({
      title: 'Men in Black³',
      imdbId: 'tt1409024',
      year: 2012,
      addedAt: '2023-05-21',
    });
    expect(at(records, 29, 'watchlist')?.title).toBe('McFarland, USA');
    expect(records.every((r) => r.error === null)).toBe(true);
  });

  it('watchlist-legacy-2017.csv: 99 rows, localised titles, legacy dates, "You rated" viewings', async () => {
    const records = await parse('imdb-export/watchlist-legacy-2017.csv');
    expect(lines(records)).toBe(99);
    expect(records.filter((r) => r.kind === 'watchlist')).toHaveLength(99);
    expect(at(records, 2, 'watchlist')).toMatchObject({ imdbId: 'tt1375666', addedAt: '2011-04-23' });
    expect(at(records, 2, 'watchlist')?.meta?.genres).toEqual(['Action', 'Mystery', 'Sci-Fi', 'Thriller']);
    expect(at(records, 2)).toMatchObject({ grade10: 10, precision: 'unknown', ratingOnly: true });
    expect(at(records, 68, 'watchlist')).toMatchObject({
      title: 'Le ali della libertà',
      imdbId: 'tt0111161',
      addedAt: '2011-05-21',
    });
    expect(at(records, 68)?.grade10).toBe(8);
    expect(records.every((r) => r.error === null)).toBe(true);
  });
});

describe('real Letterboxd export', () => {
  it('each file alone: one record per row', async () => {
    const counts = { diary: 299, ratings: 233, watched: 299, reviews: 107, watchlist: 113 };
    for (const [name, n] of Object.entries(counts)) {
      const records = await parse(`letterboxd/${name}.csv`);
      expect(records, name).toHaveLength(n);
      expect(
        records.filter((r) => r.error),
        name,
      ).toEqual([]);
    }
  });

  it('diary.csv: watched dates, half stars ×2, rewatch, tags, an empty year', async () => {
    const records = await parse('letterboxd/diary.csv');
    expect(at(records, 3)).toMatchObject({
      title: 'One of the Roughs, a Kosmos',
      year: null,
      watchedOn: '2017-03-06',
      grade10: null,
    });
    expect(at(records, 10)).toMatchObject({
      title: 'Iron Man',
      year: 2008,
      watchedOn: '2017-12-29',
      grade10: 8,
      rewatch: true,
    });
    expect(at(records, 85)).toMatchObject({
      title: 'The Abyss',
      grade10: 9,
      rewatch: true,
      tags: ['sierra'],
      watchedOn: '2019-11-26',
    });
    expect(records.filter((r) => r.grade10 === null)).toHaveLength(128);
  });

  it('reviews.csv: multi-line HTML reviews, CRLF inside the field read as LF', async () => {
    const records = await parse('letterboxd/reviews.csv');
    const spectre = at(records, 6);
    expect(spectre).toMatchObject({ title: 'Spectre', year: 2015, watchedOn: '2017-12-31', grade10: 6 });
    expect(spectre?.review).toMatch(
      /^Big Dan - his face, a jowly slate\.\n\nBig Aston - its designator, incorrect and short-lived\.\n\nSmall Bro/,
    );
    expect(records.filter((r) => r.review?.includes('\n')).length).toBe(30);
    expect(records.filter((r) => r.precision === 'unknown')).toHaveLength(18);
  });

  it('ratings and watchlist: 0.5–5 stars, titles with commas', async () => {
    const ratings = await parse('letterboxd/ratings.csv');
    expect(ratings[0]).toMatchObject({ title: 'La La Land', year: 2016, grade10: 7, precision: 'unknown' });
    expect(new Set(ratings.map((r) => r.grade10)).size).toBeGreaterThan(5);
    const watchlist = await parse('letterboxd/watchlist.csv');
    expect(at(watchlist, 51, 'watchlist')).toMatchObject({ title: 'ariana grande: excuse me, i love you', year: 2020 });
  });

  it('all five together: every row reported once, diary entries are the viewings', async () => {
    const names = ['diary', 'ratings', 'watched', 'reviews', 'watchlist'].map((n) => `letterboxd/${n}.csv`);
    const records = await parse(...names);
    expect(records).toHaveLength(299 + 233 + 299 + 107 + 113);
    const viewings = records.filter((r) => r.kind === 'watch' && !r.mergedInto && !r.error);
    expect(viewings.filter((r) => r.file === 'diary.csv')).toHaveLength(299);
    // A film is a viewing at most once unless the diary logs it several times.
    const undated = viewings.filter((r) => r.file !== 'diary.csv' && r.precision === 'unknown');
    const keys = undated.map((r) => `${r.title}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const diaryFilms = new Set(viewings.filter((r) => r.file === 'diary.csv').map((r) => `${r.title}|${r.year}`));
    expect(keys.filter((k) => diaryFilms.has(k))).toEqual([]);
  });
});
