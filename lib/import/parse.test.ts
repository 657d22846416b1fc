import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SEMICOLON_SHEET_MAPPING } from '../../tests/helpers/import-fixtures';
import { parseImportFiles } from './parse';
import type { ImportFile, ParsedRecord } from './types';

// The documented variants of every format, from the fixtures in tests/fixtures/import.

const FIXTURES = path.resolve('tests/fixtures/import');
const fixture = (name: string): ImportFile => ({ name, bytes: readFileSync(path.join(FIXTURES, name)) });

async function records(
  files: ImportFile[],
  opts: Parameters<typeof parseImportFiles>[1] = {},
): Promise<ParsedRecord[]> {
  const result = await parseImportFiles(files, opts);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.records;
}

const LETTERBOXD = ['diary.csv', 'reviews.csv', 'ratings.csv', 'watched.csv', 'watchlist.csv'];

describe('IMDb ratings variants', () => {
  it('reads a 2021-format export saved in Windows-1252 without losing a character', async () => {
    const [amelie, leon, odd] = await records([fixture('imdb-ratings-2021-cp1252.csv')]);
    expect(amelie).toMatchObject({
      title: 'Amélie',
      imdbId: 'tt0211915',
      grade10: 9,
      watchedOn: '2021-03-14',
      precision: 'day',
      line: 2,
    });
    expect(amelie.meta).toMatchObject({
      originalTitle: null,
      genres: ['Comedy', 'Romance'],
      runtimeMinutes: 122,
      directors: ['Jean-Pierre Jeunet'],
    });
    expect(leon.title).toBe('Léon: The Professional');
    expect(odd.title).toBe('Ça — «Œuvre» für Müller');
    expect(odd.meta?.directors).toEqual(['Zoë Ångström']);
    expect(odd.meta?.titleType).toBe('tvMovie');
  });

  it('reads a spreadsheet re-save: US dates, minimal quoting, 8 for 8.0', async () => {
    const [jaws, lalaland, sopranos] = await records([fixture('imdb-ratings-resaved.csv')]);
    expect(jaws).toMatchObject({ watchedOn: '2026-04-02', grade10: 9, year: 1975 });
    expect(jaws.meta).toMatchObject({ imdbRating: 8, releaseDate: '1975-06-20', titleType: 'movie' });
    expect(lalaland.meta?.releaseDate).toBe('2016-12-09');
    expect(sopranos).toMatchObject({
      title: 'The Sopranos: The Strong, Silent Type',
      grade10: 10,
      watchedOn: '2025-12-31',
    });
    expect(sopranos.meta).toMatchObject({ titleType: 'tvEpisode', directors: [] });
  });

  it('makes a record invalid, with its line and column, for a ragged line, a bad date or a bad grade', async () => {
    const rows = await records([fixture('broken-rows.csv')]);
    expect(rows.map((r) => [r.line, r.error])).toEqual([
      [2, null],
      [3, expect.stringMatching(/ragged line: 4 fields where the header has 13 \(column "URL" missing\)/)],
      [4, expect.stringMatching(/column "Date Rated": "2024-02-30" is not a real date/)],
      [5, expect.stringMatching(/column "Your Rating": grade "eleven" is not a number/)],
    ]);
  });

  it('names the missing column when a file is forced into a format it is not', async () => {
    const diary = { name: 'diary.csv', bytes: readFileSync(path.join(FIXTURES, 'letterboxd-lf', 'diary.csv')) };
    expect(await parseImportFiles([diary], { format: 'imdb-ratings' })).toMatchObject({
      ok: false,
      error: {
        file: 'diary.csv',
        line: 1,
        column: 'Const',
        message: 'not an IMDb ratings export: the column "Const" is missing',
      },
    });
  });

  it('rejects a structurally broken file with its line', async () => {
    const result = await parseImportFiles([fixture('broken-quote.csv')]);
    expect(result).toMatchObject({ ok: false, error: { file: 'broken-quote.csv', line: expect.any(Number) } });
    if (!result.ok && 'error' in result) expect(result.error.message).toMatch(/quote/i);
  });

  it('flags the rows holding bytes that are not UTF-8, and keeps the others', async () => {
    const [good, bad] = await records([fixture('broken-encoding.csv')]);
    expect(good).toMatchObject({ title: 'Amélie', error: null });
    expect(bad).toMatchObject({ line: 3, error: expect.stringMatching(/broken encoding.*"Title"/) });
  });
});

describe('Letterboxd', () => {
  const lf = () => LETTERBOXD.map((n) => ({ name: n, bytes: readFileSync(path.join(FIXTURES, 'letterboxd-lf', n)) }));

  it('combines an LF export: diary viewings, reviews and ratings attached, watched-only films once', async () => {
    const all = await records(lf());
    const viewings = all.filter((r) => r.kind === 'watch' && !r.mergedInto);
    expect(viewings.map((v) => [v.title, v.watchedOn, v.grade10, v.rewatch])).toEqual([
      ['Heat', '2024-01-04', 9, false],
      ['Heat', '2024-02-10', 10, true],
      ['Amélie', '2024-02-28', 7, false],
      ['Dune', null, 1, false],
      ['The Thing', null, null, false],
    ]);
    expect(viewings[0].tags).toEqual(['crime', 'la']);
    expect(viewings[1].review).toBe('<p>Second time.</p>\n<p>Still <i>great</i>, "really".</p>');
    expect(all.filter((r) => r.mergedInto).map((r) => `${r.file}:${r.line}`)).toEqual([
      'reviews.csv:2',
      'ratings.csv:2',
      'ratings.csv:3',
      'watched.csv:2',
      'watched.csv:3',
      'watched.csv:4',
    ]);
    expect(all.find((r) => r.kind === 'watchlist')).toMatchObject({
      title: 'Crash',
      year: null,
      addedAt: '2024-04-01',
    });
  });

  it('reads the zip as downloaded the same as its CSVs', async () => {
    const zip = zipSync(Object.fromEntries(lf().map((f) => [f.name, f.bytes])));
    const fromZip = await records([{ name: 'letterboxd-export.zip', bytes: zip }]);
    const fromCsv = await records(lf());
    const strip = (rs: ParsedRecord[]) => rs.map(({ file: _f, mergedInto: _m, ...r }) => r);
    expect(strip(fromZip)).toEqual(strip(fromCsv));
    expect(fromZip[0].file).toBe('letterboxd-export.zip/diary.csv');
  });

  it('gives a rating to the latest-watched ungraded diary entry of the film, whatever the file order', async () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    const diary = csv(
      'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n' +
        '2024-05-01,Heat,1995,https://boxd.it/a,,Yes,,2024-04-30\n' +
        '2024-05-02,Heat,1995,https://boxd.it/b,,,,2019-07-01\n' +
        '2024-05-03,Heat,1995,https://boxd.it/c,,,,\n',
    );
    const ratings = csv('Date,Name,Year,Letterboxd URI,Rating\n2024-05-04,Heat,1995,https://boxd.it/h,4.5\n');
    const all = await records([
      { name: 'diary.csv', bytes: diary },
      { name: 'ratings.csv', bytes: ratings },
    ]);
    expect(all.map((r) => [r.line, r.watchedOn, r.grade10])).toEqual([
      [2, '2024-04-30', 9],
      [3, '2019-07-01', null],
      [4, null, null],
      [2, null, 9],
    ]);
    expect(all[3].mergedInto).toBe('its rating went into the viewing of diary.csv line 2');
  });

  it('leaves out the deleted/ and orphaned/ copies and the likes in the zip', async () => {
    const files = Object.fromEntries(lf().map((f) => [f.name, f.bytes]));
    const zip = zipSync({ ...files, 'deleted/diary.csv': files['diary.csv'], 'likes/films.csv': files['watched.csv'] });
    expect(await records([{ name: 'export.zip', bytes: zip }])).toHaveLength((await records(lf())).length);
  });
});

describe('spreadsheet logs', () => {
  it('asks for a mapping and suggests one from the headers', async () => {
    const result = await parseImportFiles([fixture('spreadsheet-semicolon.csv')]);
    expect(result).toMatchObject({
      ok: false,
      needsMapping: {
        headers: ['Titel', 'Jahr', 'Gesehen', 'Note', 'Notizen', 'Ort', 'Mit'],
        suggested: {
          title: 'Titel',
          year: 'Jahr',
          date: 'Gesehen',
          grade: 'Note',
          review: 'Notizen',
          place: 'Ort',
          companions: 'Mit',
          dateOrder: 'dmy',
          gradeScale: 5,
        },
      },
    });
  });

  it('reads a semicolon-separated Windows-1252 file with day-first dates and decimal commas', async () => {
    const mapping = SEMICOLON_SHEET_MAPPING;
    const [amelie, heat, dune] = await records([fixture('spreadsheet-semicolon.csv')], { mapping });
    expect(amelie).toMatchObject({
      title: 'Die fabelhafte Welt der Amélie',
      year: 2001,
      watchedOn: '2021-03-14',
      grade10: 9,
      review: 'Schön; wirklich',
      place: 'Kino',
      companions: ['Anna', 'Ben'],
    });
    expect(heat).toMatchObject({ watchedOn: '2020-01-03', grade10: 10, place: 'Zuhause' });
    expect(dune).toMatchObject({ watchedOn: null, precision: 'unknown', grade10: 6 });
  });

  it('reads a UTF-8 file with a BOM, IMDb URLs anywhere in the row, and rough dates', async () => {
    const mapping = { title: 'Film', year: 'Year', date: 'Watched', grade: 'Rating', rewatch: 'Rewatch' } as const;
    const [mib, shawshank, other] = await records([fixture('spreadsheet-bom.csv')], { mapping });
    expect(mib).toMatchObject({
      title: 'Men in Black³',
      imdbId: 'tt1409024',
      watchedOn: '2019-05-01',
      grade10: 7,
      rewatch: false,
    });
    expect(shawshank).toMatchObject({
      title: 'Le ali della libertà',
      imdbId: null,
      watchedOn: '2018-11-01',
      precision: 'month',
      rewatch: true,
    });
    expect(other).toMatchObject({ imdbId: 'tt1375666', watchedOn: '2015-01-01', precision: 'year' });
  });

  it('says clearly when a file is none of the formats', async () => {
    const result = await parseImportFiles([fixture('not-an-export.csv')]);
    expect(result).toMatchObject({
      ok: false,
      error: {
        file: 'not-an-export.csv',
        message: expect.stringMatching(/not an IMDb ratings or list export, a Letterboxd export/),
      },
    });
    const binary = await parseImportFiles([
      { name: 'photo.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
    ]);
    expect(binary).toMatchObject({ ok: false, error: { message: expect.stringMatching(/binary/) } });
  });
});
