import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { CSV_HEADER, exportJournalCsv, exportJournalJson } from '../../lib/export';
import { commitImport } from '../../lib/import/commit';
import { parseImportFiles } from '../../lib/import/parse';
import { previewImport } from '../../lib/import/preview';
import type { ImportFile } from '../../lib/import/types';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { SEMICOLON_SHEET_MAPPING } from '../helpers/import-fixtures';
import { loadMatchingFixture } from '../helpers/import-imdb';
import { FIXTURES, importFile, journalSnapshot, REAL_EXPORTS } from '../helpers/import-journal';

// Export JSON → empty database → import → the same journal; and the CSV export.

const databaseUrl = await setUpFreshDatabase();
await loadMatchingFixture(databaseUrl);
const owner = await createUser('owner');

async function importAll(userId: number, files: ImportFile[]) {
  const preview = await previewImport(userId, files);
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const committed = await commitImport(userId, preview.summary.batchId);
  if (!committed.ok) throw new Error(committed.message);
  return committed.summary;
}

const asFile = (text: string, name: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });

describe('the journal export', () => {
  it('fills a journal with every kind of entry', async () => {
    await importAll(owner, [importFile(REAL_EXPORTS, 'imdb-export/ratings.csv')]);
    await importAll(owner, [importFile(REAL_EXPORTS, 'imdb-export/watchlist-legacy-2017.csv')]);
    await importAll(
      owner,
      ['diary', 'reviews', 'ratings', 'watched', 'watchlist'].map((n) =>
        importFile(FIXTURES, `letterboxd-lf/${n}.csv`),
      ),
    );
    const mapping = SEMICOLON_SHEET_MAPPING;
    const preview = await previewImport(owner, [importFile(FIXTURES, 'spreadsheet-semicolon.csv')], { mapping });
    if (!preview.ok) throw new Error('spreadsheet preview failed');
    await commitImport(owner, preview.summary.batchId);
    // Two viewings on one day (rewatches: the Letterboxd diary has The Thing earlier), one
    // month-precise, a soft-deleted one (left out of exports).
    await db()
      .$executeRaw`INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, rewatch, tags, updated_at)
      VALUES (${owner}, 'tt0084787', '2020-05-01', 'day', 7.5, true, '{a,b}', now()), (${owner}, 'tt0084787', '2020-05-01', 'day', 8, true, '{}', now()),
             (${owner}, 'tt0905372', '2019-03-01', 'month', NULL, false, '{}', now())`;
    await db().$executeRaw`INSERT INTO watches (user_id, tconst, watched_on, date_precision, updated_at, deleted_at)
      VALUES (${owner}, 'tt0073195', '2010-01-01', 'day', now(), now())`;
    const snapshot = await journalSnapshot(owner);
    expect(snapshot.watches.length).toBeGreaterThan(300);
    expect(snapshot.watchlist.length).toBeGreaterThan(90);
  });

  it('round-trips through JSON into an empty database', async () => {
    const exported = await exportJournalJson(owner);
    expect(exported).toMatchObject({ format: 'my-movie-journal', version: 1, user: { username: 'owner' } });
    expect(exported.importBatches.length).toBe(4);
    expect(exported.places).toEqual([
      { name: 'Kino', viewings: 1 },
      { name: 'Zuhause', viewings: 1 },
    ]);
    expect(exported.companions).toEqual(expect.arrayContaining([{ name: 'Anna', viewings: 1 }]));
    const original = await journalSnapshot(owner);
    const live = (original.watches as { deleted: boolean; date_kind: string }[]).filter((w) => !w.deleted);
    // The IMDb ratings export's dates are rating dates, and come back as such.
    expect(live.filter((w) => w.date_kind === 'rated').length).toBeGreaterThan(200);

    // An empty database: the journal tables emptied, the same IMDb data.
    await db()
      .$executeRaw`TRUNCATE watches, watchlist, import_records, import_batches, provisional_titles, users CASCADE`;
    const restored = await createUser('owner');
    const json = JSON.stringify(exported);
    const summary = await importAll(restored, [asFile(json, 'journal.json')]);
    expect(summary.format).toBe('journal-json');
    expect(summary.counts).toMatchObject({ new: live.length, duplicate: 0, review: 0, invalid: 0 });
    expect(await journalSnapshot(restored)).toEqual({ ...original, watches: live });

    // And again: nothing new.
    const again = await importAll(restored, [asFile(json, 'journal.json')]);
    expect(again.counts).toMatchObject({ new: 0, watchlist: 0 });
  });

  it('exports CSV that Letterboxd and this importer read', async () => {
    const [user] = await db().user.findMany({ where: { username: 'owner' } });
    let csv = '';
    for await (const chunk of exportJournalCsv(user.id)) csv += chunk;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain('tt0084787,The Thing,1982,2020-05-01,7.5,true,"a, b",');
    const parsed = await parseImportFiles([asFile(csv, 'export.csv')]);
    expect(parsed).toMatchObject({
      ok: false,
      needsMapping: {
        suggested: {
          imdbId: 'imdbID',
          title: 'Title',
          year: 'Year',
          date: 'WatchedDate',
          grade: 'Rating10',
          rewatch: 'Rewatch',
          tags: 'Tags',
          review: 'Review',
        },
      },
    });
  });
});
