import { readdirSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../lib/import/commit';
import { parseImportFiles } from '../../lib/import/parse';
import { previewImport } from '../../lib/import/preview';
import { listImportRecords } from '../../lib/import/records';
import type { ImportFile, ParsedRecord } from '../../lib/import/types';
import { createUser, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { loadMatchingFixture } from '../helpers/import-imdb';
import { FIXTURES, importFile, journalSnapshot, REAL_EXPORTS } from '../helpers/import-journal';
import { uploadImport } from '../helpers/import-upload';

// Trakt's export: the real samples (watched shows, ratings) and a hand-made export of every
// file kind (tests/fixtures/import/trakt/README.md has the expected counts), one by one, together
// and as the zip; re-importing adds nothing; broken and oversize files are refused by name.

const databaseUrl = await setUpFreshDatabase();

const TRAKT = path.join(FIXTURES, 'trakt');
const exportFiles = () =>
  readdirSync(TRAKT)
    .filter((f) => f.endsWith('.json'))
    .map((f) => importFile(TRAKT, f));
const real = (name: string) => importFile(REAL_EXPORTS, `trakt/${name}`);
const json = (name: string, text: string): ImportFile => ({ name, bytes: strToU8(text) });

async function parse(files: ImportFile[]) {
  const result = await parseImportFiles(files);
  if (!result.ok) throw new Error(JSON.stringify(result));
  expect(result.format).toBe('trakt');
  return result;
}

const find = (records: ParsedRecord[], file: string, line: number) =>
  records.find((r) => r.file.endsWith(file) && r.line === line);

describe('reading Trakt files', () => {
  it('the real watched-shows sample: its 13 episodes have no ids, so the show is set aside', async () => {
    const { records, skipped } = await parse([real('import_trakt_watched.json')]);
    expect(records).toEqual([]);
    expect(skipped).toEqual([
      { file: 'import_trakt_watched.json', line: 1, reason: expect.stringMatching(/^South Park: 13 episodes/) },
    ]);
  });

  it('the real ratings sample: one rating-only viewing on the day rated, grade 8 of 10', async () => {
    const { records } = await parse([real('import_trakt_ratings.json')]);
    expect(records).toEqual([
      expect.objectContaining({
        line: 1,
        kind: 'watch',
        title: 'Pulp Fiction',
        year: 1994,
        imdbId: 'tt0110912',
        grade10: 8,
        watchedOn: '2024-03-07',
        precision: 'day',
        ratingOnly: true,
      }),
    ]);
  });

  it('the whole export: plays, summaries, ratings and watchlist combined', async () => {
    const { records, skipped } = await parse(exportFiles());
    expect(records).toHaveLength(14);
    expect(skipped.map((s) => `${s.file}:${s.line}`)).toEqual([
      'history-1.json:4',
      'ratings.json:3',
      'watchlist.json:3',
    ]);
    expect(find(records, 'history-1.json', 1)).toMatchObject({
      imdbId: 'tt0110912',
      watchedOn: '2024-03-07',
      grade10: 8,
    });
    expect(find(records, 'history-1.json', 2)).toMatchObject({ watchedOn: '2019-05-01', grade10: null });
    // An episode is its own title, named as IMDb's exports name them; its rating joined its play.
    expect(find(records, 'history-1.json', 3)).toMatchObject({
      imdbId: 'tt0705927',
      title: 'South Park: Cartman Gets an Anal Probe',
      grade10: 10,
      meta: expect.objectContaining({ titleType: 'tvEpisode' }),
    });
    expect(find(records, 'history-1.json', 5)).toMatchObject({ imdbId: null, title: 'The Thing', year: 1982 });
    // 00:30 at UTC+1 is the evening before in UTC.
    expect(find(records, 'history-1.json', 6)).toMatchObject({ imdbId: 'tt0113277', watchedOn: '2020-12-31' });
    expect(find(records, 'watched-movies.json', 1)?.mergedInto).toMatch(/history-1\.json entry 1/);
    expect(find(records, 'watched-movies.json', 2)).toMatchObject({ watchedOn: '2015-07-04', rewatch: true });
    expect(find(records, 'ratings.json', 1)?.mergedInto).toBe(
      'its rating went into the viewing of history-1.json entry 1',
    );
    expect(find(records, 'ratings.json', 2)).toMatchObject({ imdbId: 'tt0121955', grade10: 9, ratingOnly: true });
    expect(find(records, 'watchlist.json', 1)).toMatchObject({
      kind: 'watchlist',
      imdbId: 'tt1160419',
      addedAt: '2025-01-15T09:00:00.000Z',
      review: 'with Sam',
    });
  });

  it('reads the export zip like its files, leaving out the files that are not plays', async () => {
    const entries = Object.fromEntries(exportFiles().map((f) => [`trakt-export/${f.name}`, f.bytes]));
    const zip = zipSync({ ...entries, 'trakt-export/user-profile.json': strToU8('{"username": "x"}') });
    const { records, skipped } = await parse([{ name: 'trakt.zip', bytes: zip }]);
    expect(records).toHaveLength(14);
    expect(skipped).toHaveLength(3);
    expect(records[0].file).toBe('trakt.zip/trakt-export/history-1.json');
  });

  it('names the file, line and column of a JSON syntax error', async () => {
    const result = await parseImportFiles([json('history-1.json', '[\n  {"watched_at": "2024-01-01T10:00:00Z"},\n]')]);
    expect(result).toEqual({
      ok: false,
      error: {
        file: 'history-1.json',
        line: 3,
        column: null,
        message: 'not valid JSON at column 1: expected a value',
      },
    });
  });

  it('keeps an entry that does not fit as an invalid record naming its index and field', async () => {
    const text = JSON.stringify([
      { watched_at: '2024-01-01T10:00:00Z', type: 'movie', movie: { title: 'Heat', ids: { imdb: 'tt0113277' } } },
      { watched_at: 'last Tuesday', type: 'movie', movie: { title: 'Heat' } },
      { watched_at: '2024-01-02T10:00:00Z', type: 'movie', movie: { title: 'Heat', year: 'ninety-five' } },
      { watched_at: '0001-01-01T00:00:00Z', type: 'movie', movie: { title: 'Heat' } },
    ]);
    const { records } = await parse([json('history-1.json', text)]);
    expect(records.map((r) => r.error)).toEqual([
      null,
      'entry 2, field "watched_at": not a date and time like 2024-09-10T13:52:56.000Z',
      expect.stringMatching(/^entry 3, field "movie\.year": /),
      'entry 4, field "watched_at": a year before 1870 or after 2100',
    ]);
  });

  it('refuses JSON that is no Trakt file, and a rating outside 1–10', async () => {
    expect(await parseImportFiles([json('profile.json', '[{"username": "x"}]')])).toMatchObject({
      ok: false,
      error: {
        file: 'profile.json',
        message: expect.stringMatching(/none of watched_at, plays, rated_at or listed_at/),
      },
    });
    const { records } = await parse([json('ratings.json', '[{"rated_at": null, "rating": 11, "type": "movie"}]')]);
    expect(records[0].error).toBe('entry 1, field "rating": above 10');
  });

  it('refuses an oversize file and an oversize zip entry like every other upload', async () => {
    const big = json('history-1.json', `[${' '.repeat(33 * 1024 * 1024)}]`);
    expect(await parseImportFiles([big])).toMatchObject({
      ok: false,
      error: { file: 'history-1.json', tooLarge: true },
    });
    const zip = zipSync({ 'history-1.json': big.bytes });
    expect(await parseImportFiles([{ name: 'trakt.zip', bytes: zip }])).toMatchObject({
      ok: false,
      error: { file: 'trakt.zip/history-1.json', tooLarge: true },
    });
  });
});

describe('importing a Trakt export', () => {
  it('matches titles without ids by title and year, commits, and adds nothing the second time', async () => {
    await loadMatchingFixture(databaseUrl);
    const userId = await createUser('trakt');
    const preview = await previewImport(userId, exportFiles());
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.summary).toMatchObject({
      format: 'trakt',
      counts: { rows: 14, new: 8, duplicate: 0, merged: 3, watchlist: 3, review: 0, invalid: 0 },
    });
    expect(preview.summary.skipped).toHaveLength(3);
    const records = await listImportRecords(userId, preview.summary.batchId, { limit: 50 });
    expect(records?.find((r) => r.title === 'The Thing')?.tconst).toBe('tt0084787');
    expect(records?.find((r) => r.title === 'Crash')?.tconst).toBe('tt0375679');
    const committed = await commitImport(userId, preview.summary.batchId);
    expect(committed).toMatchObject({ ok: true, summary: { counts: { new: 8, watchlist: 3 } } });
    const journal = await journalSnapshot(userId);
    expect(journal.watches).toHaveLength(8);
    expect(journal.watchlist).toHaveLength(3);

    const again = await previewImport(userId, [...exportFiles(), real('import_trakt_ratings.json')]);
    if (!again.ok) throw new Error(JSON.stringify(again));
    // Rows merged into another row of the file stay merged; all the others are in the journal now.
    expect(again.summary.counts).toMatchObject({ rows: 15, new: 0, watchlist: 0, duplicate: 11, merged: 4, review: 0 });
    await commitImport(userId, again.summary.batchId);
    expect(await journalSnapshot(userId)).toEqual(journal);
  });

  it('answers the API with the preview of the zip, and 422 naming the file of a broken one', async () => {
    const { token } = await createUserWithToken('trakt-api');
    const post = (name: string, bytes: Uint8Array) => {
      const body = new FormData();
      body.append('file', new Blob([bytes as BlobPart]), name);
      return uploadImport(token, body);
    };
    const zip = zipSync(Object.fromEntries(exportFiles().map((f) => [f.name, f.bytes])));
    const ok = await post('trakt.zip', zip);
    expect(ok).toMatchObject({ status: 201, body: { format: 'trakt', counts: { rows: 14 } } });
    const broken = await post('watchlist.json', strToU8('[{"listed_at": "2025-01-01T00:00:00Z",'));
    expect(broken).toMatchObject({ status: 422, body: { error: 'invalid_file', file: 'watchlist.json', line: 1 } });
  });
});
