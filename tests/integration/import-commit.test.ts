import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { commitImport, discardPreview, resolveReviewItem, undoImport } from '../../lib/import/commit';
import { getSavedCsvMapping } from '../../lib/import/mappings';
import { parseImportFiles } from '../../lib/import/parse';
import { previewImport, storePreview } from '../../lib/import/preview';
import { getImportSummary, listImportBatches, listImportRecords } from '../../lib/import/records';
import { reviewQueue } from '../../lib/import/review-queue';
import type { ImportFile } from '../../lib/import/types';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadMatchingFixture } from '../helpers/import-imdb';
import { FIXTURES, importFile, journalSnapshot, REAL_EXPORTS } from '../helpers/import-journal';

// Preview → commit → re-import → undo, against a real database: idempotent, atomic, undoable.

const databaseUrl = await setUpFreshDatabase();
await loadMatchingFixture(databaseUrl);
const userId = await createUser('importer');

async function importAll(files: ImportFile[], opts: Parameters<typeof previewImport>[2] = {}) {
  const preview = await previewImport(userId, files, opts);
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const committed = await commitImport(userId, preview.summary.batchId);
  if (!committed.ok) throw new Error(committed.message);
  return committed.summary;
}

const ratings2021 = () => importFile(FIXTURES, 'imdb-ratings-2021-cp1252.csv');

describe('an IMDb ratings import', () => {
  it('previews without touching the journal, then commits', async () => {
    const before = await journalSnapshot(userId);
    const preview = await previewImport(userId, [ratings2021()]);
    expect(preview).toMatchObject({
      ok: true,
      summary: { status: 'preview', format: 'imdb-ratings', counts: { rows: 3, new: 3 } },
    });
    expect(await journalSnapshot(userId)).toEqual(before);
    if (!preview.ok) return;
    const committed = await commitImport(userId, preview.summary.batchId);
    expect(committed).toMatchObject({ ok: true, summary: { status: 'committed', counts: { new: 3 } } });
    const after = await journalSnapshot(userId);
    expect(after.watches).toHaveLength(3);
    expect(after.watches[0]).toMatchObject({
      tconst: 'tt0110413',
      watched_on: '2020-12-31',
      precision: 'day',
      grade: 8,
    });
    // Léon and the odd title are not in the local IMDb data: provisional titles with the export's details.
    expect(after.provisional).toEqual([
      expect.objectContaining({
        tconst: 'tt0110413',
        title: 'Léon: The Professional',
        year: 1994,
        title_type: 'movie',
        genres: ['Action', 'Crime', 'Drama'],
        runtime_minutes: 110,
        rating: 8.5,
        num_votes: 1200000,
        directors: ['Luc Besson'],
      }),
      expect.objectContaining({
        tconst: 'tt9999901',
        title: 'Ça — «Œuvre» für Müller',
        title_type: 'tvMovie',
        directors: ['Zoë Ångström'],
      }),
    ]);
    expect(await commitImport(userId, preview.summary.batchId)).toEqual({
      ok: false,
      message: 'This import is already committed.',
    });
  });

  it('adds nothing when the same file, or a newer overlapping export, comes again', async () => {
    const again = await importAll([ratings2021()]);
    expect(again.counts).toMatchObject({ rows: 3, new: 0, duplicate: 3 });
    const newer = await importAll([importFile(FIXTURES, 'imdb-ratings-resaved.csv')]);
    // Jaws is new; La La Land and the Sopranos episode are new too (not in the first file).
    expect(newer.counts).toMatchObject({ new: 3, duplicate: 0 });
    const again2 = await importAll([importFile(FIXTURES, 'imdb-ratings-resaved.csv')]);
    expect(again2.counts).toMatchObject({ new: 0, duplicate: 3 });
    expect((await journalSnapshot(userId)).watches).toHaveLength(6);
  });

  it('undoes batches back to the journal as it was', async () => {
    const batches = await listImportBatches(userId);
    const before = await journalSnapshot(userId);
    for (const b of batches) if (b.status === 'committed') expect((await undoImport(userId, b.batchId)).ok).toBe(true);
    expect(await journalSnapshot(userId)).toEqual({ watches: [], watchlist: [], provisional: [] });
    expect(before.watches).toHaveLength(6);
    expect(await undoImport(userId, batches[0].batchId)).toEqual({
      ok: false,
      message: 'This import was already undone.',
    });
  });
});

describe('failures write nothing', () => {
  it('a structurally broken file: no batch, no journal change', async () => {
    const batches = (await listImportBatches(userId)).length;
    const before = await journalSnapshot(userId);
    const result = await previewImport(userId, [importFile(FIXTURES, 'broken-quote.csv')]);
    expect(result).toMatchObject({ ok: false, kind: 'invalid-file', error: { file: 'broken-quote.csv', line: 3 } });
    expect((await listImportBatches(userId)).length).toBe(batches);
    expect(await journalSnapshot(userId)).toEqual(before);
  });

  it('broken rows are reported as invalid with their line; the good rows import', async () => {
    const summary = await importAll([importFile(FIXTURES, 'broken-rows.csv')]);
    expect(summary.counts).toMatchObject({ rows: 4, new: 1, invalid: 3 });
    const invalid = await listImportRecords(userId, summary.batchId, { status: 'invalid' });
    expect(invalid?.map((r) => r.line)).toEqual([3, 4, 5]);
    expect((await undoImport(userId, summary.batchId)).ok).toBe(true);
  });

  it('a commit that fails half-way leaves the journal as it was', async () => {
    const before = await journalSnapshot(userId);
    const preview = await previewImport(userId, [ratings2021()]);
    if (!preview.ok) throw new Error('preview failed');
    // Sabotage the last record: the watches table refuses a day-precise viewing without a date.
    await db().$executeRaw`UPDATE import_records SET watched_on = NULL
      WHERE id = (SELECT max(id) FROM import_records WHERE batch_id = ${preview.summary.batchId})`;
    await expect(commitImport(userId, preview.summary.batchId)).rejects.toThrow();
    expect(await journalSnapshot(userId)).toEqual(before);
    expect((await getImportSummary(userId, preview.summary.batchId))?.status).toBe('preview');
    expect(await discardPreview(userId, preview.summary.batchId)).toBe(true);
  });
});

describe('a Letterboxd import with the review queue', () => {
  const lf = ['diary', 'reviews', 'ratings', 'watched', 'watchlist'].map((n) =>
    importFile(FIXTURES, `letterboxd-lf/${n}.csv`),
  );

  it('matches by title and year, queues the ambiguous, and undoes the resolved too', async () => {
    const before = await journalSnapshot(userId);
    const summary = await importAll(lf);
    expect(summary.counts).toMatchObject({ rows: 12, new: 5, duplicate: 0, merged: 6, review: 1, watchlist: 0 });
    const queue = await reviewQueue(userId);
    expect(queue.total).toBe(1);
    const [crash] = queue.items;
    expect(crash).toMatchObject({ title: 'Crash', year: null, kind: 'watchlist', status: 'review' });
    expect(crash.candidates.map((c) => c.tconst)).toEqual(['tt0375679', 'tt0115964']);
    expect(await resolveReviewItem(userId, crash.id, { tconst: 'tt0115964' })).toEqual({ ok: true });
    expect((await reviewQueue(userId)).total).toBe(0);
    const after = await journalSnapshot(userId);
    expect(after.watchlist).toEqual([expect.objectContaining({ tconst: 'tt0115964' })]);
    expect(after.watches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          tconst: 'tt0113277',
          watched_on: '2024-02-10',
          grade: 10,
          rewatch: true,
          review: '<p>Second time.</p>\n<p>Still <i>great</i>, "really".</p>',
        }),
        expect.objectContaining({ tconst: 'tt1160419', watched_on: null, precision: 'unknown', grade: 1 }),
      ]),
    );
    // Again: "Crash" without a year is now the Crash of the journal's watchlist, no longer unsure.
    const again = await importAll(lf);
    expect(again.counts).toMatchObject({ new: 0, review: 0 });
    await undoImport(userId, again.batchId);
    await undoImport(userId, summary.batchId);
    expect(await journalSnapshot(userId)).toEqual(before);
  });

  it('a record left unmatched stays, with its title, out of the queue', async () => {
    const summary = await importAll(lf);
    const [crash] = (await reviewQueue(userId)).items;
    expect(await resolveReviewItem(userId, crash.id, { unmatched: true })).toEqual({ ok: true });
    const records = await listImportRecords(userId, summary.batchId, { status: 'unmatched' });
    expect(records).toEqual([expect.objectContaining({ title: 'Crash', line: 2 })]);
    // The report counts it apart: no longer to review, but left unmatched.
    expect((await getImportSummary(userId, summary.batchId))?.counts).toMatchObject({
      review: summary.counts.review - 1,
      unmatched: 1,
    });
    expect((await listImportBatches(userId)).find((b) => b.batchId === summary.batchId)?.counts.unmatched).toBe(1);
    await undoImport(userId, summary.batchId);
  });
});

describe('spreadsheet mappings and old previews', () => {
  it('asks for a mapping once, then remembers it for the same headers', async () => {
    const file = importFile(FIXTURES, 'spreadsheet-semicolon.csv');
    const first = await previewImport(userId, [file]);
    expect(first).toMatchObject({ ok: false, kind: 'needs-mapping', suggested: { title: 'Titel' } });
    if (first.ok || first.kind !== 'needs-mapping') return;
    const mapping = { ...first.suggested, gradeScale: 10 as const };
    const second = await previewImport(userId, [file], { mapping });
    expect(second).toMatchObject({ ok: true, summary: { format: 'csv', counts: { rows: 3 } } });
    expect(await getSavedCsvMapping(userId, first.headers)).toEqual(mapping);
    const third = await previewImport(userId, [file]);
    expect(third).toMatchObject({ ok: true });
    const records = third.ok ? await listImportRecords(userId, third.summary.batchId) : [];
    expect(records?.[0]).toMatchObject({
      title: 'Die fabelhafte Welt der Amélie',
      grade10: 4.5,
      tconst: 'tt0211915',
      status: 'new',
    });
  });

  it('asks for the columns again when told not to use the remembered mapping, pre-filled with it', async () => {
    const file = importFile(FIXTURES, 'spreadsheet-semicolon.csv');
    const remembered = await previewImport(userId, [file]);
    expect(remembered.ok).toBe(true);
    if (remembered.ok) await discardPreview(userId, remembered.summary.batchId);
    const again = await previewImport(userId, [file], { useSavedMapping: false });
    expect(again).toMatchObject({ ok: false, kind: 'needs-mapping' });
    if (again.ok || again.kind !== 'needs-mapping') return;
    const saved = await getSavedCsvMapping(userId, again.headers);
    expect(again.suggested).toEqual(saved);
    const changed = { ...again.suggested, gradeScale: 5 as const };
    const third = await previewImport(userId, [file], { mapping: changed, useSavedMapping: false });
    expect(third.ok).toBe(true);
    expect(await getSavedCsvMapping(userId, again.headers)).toEqual(changed);
    const records = third.ok ? await listImportRecords(userId, third.summary.batchId) : [];
    expect(records?.[0]).toMatchObject({ title: 'Die fabelhafte Welt der Amélie', grade10: 9 });
    if (third.ok) await discardPreview(userId, third.summary.batchId);
  });

  it('removes previews older than a day when the next import starts', async () => {
    const previews = (await listImportBatches(userId)).filter((b) => b.status === 'preview');
    expect(previews.length).toBeGreaterThan(0);
    await db().$executeRaw`UPDATE import_batches SET created_at = now() - interval '2 days' WHERE status = 'preview'`;
    const next = await previewImport(userId, [ratings2021()]);
    const left = (await listImportBatches(userId)).filter((b) => b.status === 'preview');
    expect(left.map((b) => b.batchId)).toEqual([next.ok ? next.summary.batchId : -1]);
    if (next.ok) await discardPreview(userId, next.summary.batchId);
  });
});

describe('storing a preview', () => {
  it('keeps nothing of a batch whose records fail part-way (a later chunk is refused)', async () => {
    const parsed = await parseImportFiles([ratings2021()]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    // 600 records: the first chunks are written before the bad one is reached.
    const records = Array.from({ length: 600 }, (_, i) => ({
      ...parsed.records[i % parsed.records.length],
      line: i + 2,
    }));
    records[599] = { ...records[599], watchedOn: 'not a date' };
    const before = await listImportBatches(userId);
    await expect(storePreview(db(), userId, 'imdb-ratings', ['bad.csv'], records)).rejects.toThrow(/date/);
    expect(await listImportBatches(userId)).toEqual(before);
    const [{ n }] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM import_records r
      JOIN import_batches b ON b.id = r.batch_id WHERE b.user_id = ${userId} AND b.file_name = 'bad.csv'`;
    expect(n).toBe(0);
  });
});

describe('the real samples', () => {
  it('IMDb ratings: 299 viewings, re-import adds none, undo restores', async () => {
    const before = await journalSnapshot(userId);
    const file = importFile(REAL_EXPORTS, 'imdb-export/ratings.csv');
    const first = await importAll([file]);
    expect(first.counts).toMatchObject({ rows: 299, new: 299 });
    const jaws = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM provisional_titles WHERE tconst = 'tt0073195'`;
    expect(jaws[0].n).toBe(0); // in the local IMDb data: no provisional row
    const second = await importAll([file]);
    expect(second.counts).toMatchObject({ new: 0, duplicate: 299 });
    await undoImport(userId, second.batchId);
    await undoImport(userId, first.batchId);
    expect(await journalSnapshot(userId)).toEqual(before);
  });

  it('the CLI prints the dry run as one JSON object', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import.ts',
        `${REAL_EXPORTS}/letterboxd/diary.csv`,
        '--dry-run',
        '--json',
        '--user',
        'importer',
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 50_000_000 },
    );
    const out = JSON.parse(stdout);
    expect(Object.keys(out.counts).sort()).toEqual(
      ['duplicate', 'invalid', 'merged', 'new', 'review', 'rows', 'unmatched', 'watchlist'].sort(),
    );
    expect(out.counts.rows).toBe(299);
    expect(out.records[1]).toMatchObject({
      line: 3,
      title: 'One of the Roughs, a Kosmos',
      year: null,
      imdbId: null,
      watchedOn: '2017-03-06',
      precision: 'day',
      grade10: null,
      rewatch: false,
      status: 'review',
    });
    expect(out.records[0]).toEqual(
      expect.objectContaining({ line: 2, status: expect.any(String), reason: expect.anything() }),
    );
    expect((await listImportBatches(userId)).filter((b) => b.status === 'preview')).toHaveLength(0);
    // A refusal is one line on standard error and exit code 1.
    await expect(
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'x.csv', '--format', 'nope']),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--format must be one of') });
  }, 60_000);
});
