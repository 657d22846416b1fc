import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { commitImport, undoImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { listImportRecords } from '../../lib/import/records';
import { resolveReviewRows, reviewQueue, reviewReasonCounts } from '../../lib/import/review-queue';
import type { ImportFile } from '../../lib/import/types';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { importFile, journalSnapshot, REAL_EXPORTS } from '../helpers/import-journal';

// The review queue with the journal's own titles as candidates (no IMDb data loaded here): the
// real exports one after the other, and 500 generated rows cleared with two bulk actions.

await setUpFreshDatabase();

async function importAll(userId: number, files: ImportFile[], mapping?: Record<string, string>) {
  const preview = await previewImport(userId, files, mapping ? { mapping } : {});
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const committed = await commitImport(userId, preview.summary.batchId);
  if (!committed.ok) throw new Error(committed.message);
  return committed.summary;
}

const LETTERBOXD = ['diary', 'ratings', 'reviews', 'watched', 'watchlist'].map((n) =>
  importFile(REAL_EXPORTS, `letterboxd/${n}.csv`),
);

describe('the real exports one after the other, without the IMDb data', () => {
  it('matches "Iron Man (2008)" of Letterboxd to the IMDb import\'s tt0371746', async () => {
    const owner = await createUser('cinephile');
    const imdb = await importAll(owner, [importFile(REAL_EXPORTS, 'imdb-export/ratings.csv')]);
    expect(imdb.counts).toMatchObject({ rows: 299, new: 299 });
    const letterboxd = await importAll(owner, LETTERBOXD);
    const records = (await listImportRecords(owner, letterboxd.batchId)) ?? [];
    const ironMan = records.find((r) => r.file === 'diary.csv' && r.title === 'Iron Man');
    expect(ironMan).toMatchObject({ tconst: 'tt0371746', status: 'new', confidence: 1 });
    const matched = records.filter((r) => r.tconst && r.status !== 'review');
    console.log(`Letterboxd after the IMDb ratings: ${JSON.stringify(letterboxd.counts)}; ${matched.length} matched`);
    expect(letterboxd.counts.review).toBeLessThan(510);
    // The IMDb batch's own queue is empty; the queue's rows are all Letterboxd's.
    expect((await reviewQueue(owner, { batch: imdb.batchId, limit: 0 })).total).toBe(0);
    expect((await reviewQueue(owner, { limit: 0 })).total).toBe(letterboxd.counts.review);

    // Another account's journal is no candidate.
    const stranger = await createUser('stranger');
    const theirs = await importAll(stranger, LETTERBOXD);
    expect(theirs.counts.review).toBe(510);
    const strangersIronMan = (await listImportRecords(stranger, theirs.batchId))?.find((r) => r.title === 'Iron Man');
    expect(strangersIronMan).toMatchObject({ tconst: null, candidates: [] });
  }, 120_000);
});

describe('bulk review', () => {
  it('clears 500 review rows with two actions, and undo restores the journal exactly', async () => {
    const userId = await createUser('bulk');
    // 250 names the journal knows twice (two titles of one name and year: ambiguous), 250 unknown.
    await db().$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
      SELECT ${userId}, 'tt8' || lpad((n * 2 + k)::text, 6, '0'), 'Twin Film ' || n, 2000, 'movie', 'import'
        FROM generate_series(1, 250) n, generate_series(0, 1) k`;
    await db().$executeRaw`INSERT INTO watchlist (user_id, tconst) SELECT user_id, tconst FROM provisional_titles
      WHERE user_id = ${userId}`;
    const stranger = await createUser('bystander');
    const theirs = await importAll(stranger, [{ name: 'x.csv', bytes: Buffer.from('Film,Year\nTwin Film 1,2000\n') }], {
      title: 'Film',
      year: 'Year',
    });
    const before = await journalSnapshot(userId);
    const rows = Array.from({ length: 500 }, (_, i) =>
      i % 2
        ? `Unknown Film ${i},2001,2024-01-${String((i % 28) + 1).padStart(2, '0')}`
        : `Twin Film ${i / 2 + 1},2000,2024-02-01`,
    );
    const csv = Buffer.from(`Film,Year,Seen\n${rows.join('\n')}\n`);
    const batch = await importAll(userId, [{ name: 'log.csv', bytes: csv }], {
      title: 'Film',
      year: 'Year',
      date: 'Seen',
    });
    expect(batch.counts).toMatchObject({ rows: 500, review: 500 });
    expect(await reviewReasonCounts(userId, batch.batchId)).toEqual({ none: 250, weak: 0, several: 250 });
    const page = await reviewQueue(userId, { reason: 'several', limit: 1 });
    expect(page.items[0].candidates[0]).toMatchObject({ score: 1, inJournal: true, directors: [] });

    // Another account's rows are out of reach, by filter or by id.
    const theirId = (await reviewQueue(stranger, { limit: 1 })).items[0].id;
    expect(await resolveReviewRows(userId, { recordIds: [theirId] }, 'unmatched')).toBe(0);

    expect(await resolveReviewRows(userId, { batch: batch.batchId, minConfidence: 90 }, 'accept')).toBe(250);
    expect(await resolveReviewRows(userId, { batch: batch.batchId }, 'unmatched')).toBe(250);
    expect((await reviewQueue(userId, { limit: 0 })).total).toBe(0);
    expect((await reviewQueue(stranger, { limit: 0 })).total).toBe(theirs.counts.review);
    const after = await journalSnapshot(userId);
    expect(after.watches).toHaveLength(250);
    expect(after.watches[0]).toMatchObject({ tconst: 'tt8000002', watched_on: '2024-02-01' });

    const undone = await undoImport(userId, batch.batchId);
    expect(undone.ok).toBe(true);
    expect(await journalSnapshot(userId)).toEqual(before);
  }, 120_000);
});
