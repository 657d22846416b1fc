import type { SqlClient } from '../db/client';
import { db } from '../db/client';
import { Prisma, type PrismaClient } from '../db/generated/client';
import { keepingChronology } from '../journal/chronology';
import { requestRefresh } from '../server/refresh-requests';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { getImportSummaryWith } from './records';
import { tconstField } from './schemas';
import type { ImportSummary } from './types';

// Commit, undo and review of an import batch. Each is one transaction of set-based statements
// (INSERT … SELECT from import_records), so a failure leaves the journal as it was, and a
// 20,000-row batch is a handful of statements.

type Outcome = { ok: true; summary: ImportSummary } | { ok: false; message: string };
export const TX = { timeout: 300_000, maxWait: 30_000 };

/** The answer of commit or undo: the transaction's refusal, or the batch as it is now. */
async function outcome(
  prisma: PrismaClient,
  userId: number,
  batchId: number,
  refusal: string | null,
): Promise<Outcome> {
  if (refusal) return { ok: false, message: refusal };
  const summary = await getImportSummaryWith(prisma, userId, batchId);
  return summary ? { ok: true, summary } : { ok: false, message: 'No such import.' };
}

/** Viewings already in the journal that are "the same" as record r of title `tconst` (see
 *  classify.ts); `exact` for a journal export, where an unknown date is a date like any other. */
const SAME_VIEWINGS = (
  userId: number,
  exact: boolean | Prisma.Sql,
  tconst = Prisma.sql`r.tconst`,
) => Prisma.sql`(SELECT count(*)
  FROM watches w WHERE w.user_id = ${userId} AND w.deleted_at IS NULL AND w.tconst = ${tconst}
    AND (r.rating_only OR (r.date_precision = 'unknown' AND NOT ${exact}::boolean)
         OR (w.watched_on IS NOT DISTINCT FROM r.watched_on AND w.date_precision = r.date_precision)))`;

/** Provisional titles for the batch's tconsts (of `statuses`) that neither IMDb data nor an earlier row has. */
async function createProvisionalTitles(
  tx: SqlClient,
  userId: number,
  batchId: number,
  recordFilter: Prisma.Sql,
): Promise<void> {
  const basics = await imdbTablesPresent(tx);
  const known = basics
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM imdb.title_basics t WHERE t.tconst = r.tconst)`
    : Prisma.empty;
  const created = await tx.$queryRaw<{ tconst: string }[]>`
    INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source, original_title, genres,
      runtime_minutes, average_rating, num_votes, directors)
    SELECT DISTINCT ON (r.tconst) ${userId}::int, r.tconst, coalesce(r.title, r.tconst), r.year, r.meta->>'titleType', 'import',
           r.meta->>'originalTitle', coalesce(ARRAY(SELECT jsonb_array_elements_text(r.meta->'genres')), '{}'),
           (r.meta->>'runtimeMinutes')::int, (r.meta->>'imdbRating')::numeric(3,1), (r.meta->>'numVotes')::int,
           coalesce(ARRAY(SELECT jsonb_array_elements_text(r.meta->'directors')), '{}')
      FROM import_records r
     WHERE r.batch_id = ${batchId} AND ${recordFilter} ${known}
       AND NOT EXISTS (SELECT 1 FROM provisional_titles p WHERE p.user_id = ${userId} AND p.tconst = r.tconst)
     ORDER BY r.tconst, (r.meta IS NULL), r.ordinal
    ON CONFLICT (user_id, tconst) DO NOTHING
    RETURNING tconst`;
  if (created.length > 0)
    await tx.$executeRaw`UPDATE import_records SET provisional_created = true
      WHERE batch_id = ${batchId} AND tconst = ANY(${created.map((c) => c.tconst)}::text[])`;
}

/** The titles of a batch's records, for keepingChronology. */
const batchTitles = (batchId: number) =>
  Prisma.sql`SELECT tconst FROM import_records WHERE batch_id = ${batchId} AND tconst IS NOT NULL`;

async function insertEntries(tx: SqlClient, userId: number, batchId: number, recordFilter: Prisma.Sql): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO watches (user_id, tconst, watched_on, date_precision, date_kind, grade, rewatch, review, tags, place,
      companions, import_batch_id, updated_at)
    SELECT ${userId}, r.tconst, r.watched_on, r.date_precision,
           (CASE WHEN r.rating_only AND r.watched_on IS NOT NULL THEN 'rated'::date_kind ELSE r.date_kind END),
           r.grade, r.rewatch, r.review, coalesce(r.tags, '{}'),
           r.place, coalesce(r.companions, '{}'), ${batchId}, now()
      FROM import_records r
     WHERE r.batch_id = ${batchId} AND r.kind = 'watch' AND ${recordFilter}
     ORDER BY r.ordinal`;
  await tx.$executeRaw`
    INSERT INTO watchlist (user_id, tconst, note, added_at, import_batch_id)
    SELECT DISTINCT ON (r.tconst) ${userId}, r.tconst, r.review, coalesce(r.added_at, now()), ${batchId}
      FROM import_records r
     WHERE r.batch_id = ${batchId} AND r.kind = 'watchlist' AND ${recordFilter}
     ORDER BY r.tconst, r.ordinal
    ON CONFLICT (user_id, tconst) DO NOTHING`;
}

export async function commitImport(userId: number, batchId: number, prisma: PrismaClient = db()): Promise<Outcome> {
  const result = await prisma.$transaction(async (tx) => {
    // One commit at a time per person: the duplicate checks below must see each other's rows.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const [batch] = await tx.$queryRaw<
      { status: string; format: string | null }[]
    >`SELECT status, format FROM import_batches
      WHERE id = ${batchId} AND user_id = ${userId} FOR UPDATE`;
    if (!batch) return 'No such import.';
    if (batch.status !== 'preview') return `This import is already ${batch.status}.`;
    // The journal may have changed since the preview: check "the same viewing" again.
    await tx.$executeRaw`UPDATE import_records r SET status = 'duplicate',
        reason = 'the journal already has this viewing (added after the preview)'
      WHERE r.batch_id = ${batchId} AND r.status = 'new' AND ${SAME_VIEWINGS(userId, batch.format === 'journal-json')} >= r.occurrence`;
    await tx.$executeRaw`UPDATE import_records r SET status = 'duplicate', reason = 'already on the watchlist'
      WHERE r.batch_id = ${batchId} AND r.status = 'watchlist'
        AND EXISTS (SELECT 1 FROM watchlist l WHERE l.user_id = ${userId} AND l.tconst = r.tconst)`;
    const fresh = Prisma.sql`r.status IN ('new', 'watchlist')`;
    await createProvisionalTitles(tx, userId, batchId, fresh);
    await keepingChronology(tx, userId, batchTitles(batchId), () => insertEntries(tx, userId, batchId, fresh));
    await tx.$executeRaw`UPDATE import_batches b SET status = 'committed', committed_at = now(),
        watches_created = (SELECT count(*) FROM watches w WHERE w.import_batch_id = b.id),
        watchlist_created = (SELECT count(*) FROM watchlist l WHERE l.import_batch_id = b.id),
        duplicates = (SELECT count(*) FROM import_records r WHERE r.batch_id = b.id AND r.status = 'duplicate'),
        unmatched = (SELECT count(*) FROM import_records r WHERE r.batch_id = b.id AND r.status = 'review'),
        invalid = (SELECT count(*) FROM import_records r WHERE r.batch_id = b.id AND r.status = 'invalid')
      WHERE b.id = ${batchId}`;
    return null;
  }, TX);
  if (!result) await requestRefresh(userId, 'import', prisma);
  return outcome(prisma, userId, batchId, result);
}

/** Removes everything the batch created: its viewings, watchlist entries and the provisional
 *  titles that it alone created and nothing else uses. */
export async function undoImport(userId: number, batchId: number, prisma: PrismaClient = db()): Promise<Outcome> {
  const result = await prisma.$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<
      { status: string; undone: boolean }[]
    >`SELECT status, undone_at IS NOT NULL AS undone
      FROM import_batches WHERE id = ${batchId} AND user_id = ${userId} FOR UPDATE`;
    if (!batch) return 'No such import.';
    if (batch.undone) return 'This import was already undone.';
    if (batch.status !== 'committed') return 'Only a committed import can be undone (discard a preview instead).';
    await keepingChronology(
      tx,
      userId,
      batchTitles(batchId),
      () => tx.$executeRaw`DELETE FROM watches WHERE import_batch_id = ${batchId} AND user_id = ${userId}`,
    );
    await tx.$executeRaw`DELETE FROM watchlist WHERE import_batch_id = ${batchId} AND user_id = ${userId}`;
    await tx.$executeRaw`DELETE FROM provisional_titles p
      WHERE p.user_id = ${userId} AND p.tconst IN (SELECT tconst FROM import_records WHERE batch_id = ${batchId} AND provisional_created)
        AND NOT EXISTS (SELECT 1 FROM watches w WHERE w.user_id = p.user_id AND w.tconst = p.tconst)
        AND NOT EXISTS (SELECT 1 FROM watchlist l WHERE l.user_id = p.user_id AND l.tconst = p.tconst)`;
    await tx.$executeRaw`UPDATE import_batches SET status = 'undone', undone_at = now() WHERE id = ${batchId}`;
    return null;
  }, TX);
  if (!result) await requestRefresh(userId, 'undo', prisma);
  return outcome(prisma, userId, batchId, result);
}

export async function discardPreview(userId: number, batchId: number, prisma: PrismaClient = db()): Promise<boolean> {
  const n =
    await prisma.$executeRaw`DELETE FROM import_batches WHERE id = ${batchId} AND user_id = ${userId} AND status = 'preview'`;
  return n > 0;
}

/**
 * Settles a review-queue record: a chosen title creates its viewing or watchlist entry in the
 * record's batch (so undoing the batch removes it too), unless the journal already has it;
 * "unmatched" keeps the record, with its own title and year, out of the queue.
 */
export async function resolveReviewItem(
  userId: number,
  recordId: number,
  choice: { tconst: string } | { unmatched: true },
  prisma: PrismaClient = db(),
): Promise<{ ok: true } | { ok: false; message: string }> {
  if ('tconst' in choice && !tconstField.safeParse(choice.tconst).success)
    return { ok: false, message: 'Not an IMDb title id.' };
  const message = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const [record] = await tx.$queryRaw<{ batch_id: number }[]>`SELECT r.batch_id
      FROM import_records r
      JOIN import_batches b ON b.id = r.batch_id
      WHERE r.id = ${recordId} AND b.user_id = ${userId} AND b.status = 'committed' AND r.status = 'review'
      FOR UPDATE OF r`;
    if (!record) return 'This record is not waiting for review.';
    if (!('tconst' in choice)) {
      await tx.$executeRaw`UPDATE import_records SET status = 'unmatched', reason = 'left unmatched' WHERE id = ${recordId}`;
      return null;
    }
    await pickReviewTitles(tx, userId, [recordId], choice.tconst);
    return null;
  }, TX);
  if (message) return { ok: false, message };
  await requestRefresh(userId, 'review', prisma);
  return { ok: true };
}

/**
 * Gives review records their title — `tconst`, or each its best candidate — and creates their
 * viewings and watchlist entries in their own batches (unless the journal already has them).
 */
export async function pickReviewTitles(tx: SqlClient, userId: number, ids: number[], tconst: string | null) {
  const chosen = tconst === null ? Prisma.sql`(r.candidates->0->>'tconst')` : Prisma.sql`${tconst}::text`;
  const batches = await tx.$queryRaw<{ batch_id: number }[]>`
    UPDATE import_records r SET tconst = ${chosen},
        confidence = ${tconst === null ? Prisma.sql`(r.candidates->0->>'score')::float8` : Prisma.sql`1`},
        status = CASE
          WHEN r.kind = 'watchlist' AND EXISTS (SELECT 1 FROM watchlist l WHERE l.user_id = ${userId} AND l.tconst = ${chosen}) THEN 'duplicate'
          WHEN r.kind = 'watch'
            AND ${SAME_VIEWINGS(userId, Prisma.sql`(b.format = 'journal-json')`, chosen)} > 0 THEN 'duplicate'
          ELSE 'resolved' END,
        reason = 'picked in the review queue'
      FROM import_batches b
     WHERE b.id = r.batch_id AND r.id = ANY(${ids}::int[])
    RETURNING r.batch_id`;
  const only = Prisma.sql`r.id = ANY(${ids}::int[]) AND r.status = 'resolved'`;
  const titles = Prisma.sql`SELECT tconst FROM import_records WHERE id = ANY(${ids}::int[]) AND status = 'resolved'`;
  for (const batchId of new Set(batches.map((b) => b.batch_id))) {
    await createProvisionalTitles(tx, userId, batchId, only);
    await keepingChronology(tx, userId, titles, () => insertEntries(tx, userId, batchId, only));
  }
}
