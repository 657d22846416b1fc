import { db } from '../db/client';
import { Prisma, type PrismaClient } from '../db/generated/client';
import { requestRefresh } from '../server/refresh-requests';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { type TitleColumns, titleColumns, titleJoins } from '../titles/title-join';
import { pickReviewTitles, TX } from './commit';
import { ACCEPT_SCORE } from './match-score';
import { RECORD_COLUMNS, type RecordRow, toView } from './records';
import type { ImportRecordView, ReviewReason } from './types';

// The review queue: records waiting for a choice (status 'review') in committed, not undone
// batches, oldest first; filtered by batch, by why they wait (derived from their candidates:
// none, only weak ones, or several good ones) and by the best candidate's confidence; and the
// bulk choices over such a selection, each one transaction.

export interface ReviewFilter {
  batch?: number;
  reason?: ReviewReason;
  /** Least confidence of the best candidate, in percent. */
  minConfidence?: number;
  recordIds?: number[];
}

const BEST = Prisma.sql`(r.candidates->0->>'score')::float8`;
const HAS_CANDIDATES = Prisma.sql`jsonb_array_length(r.candidates) > 0`;

function reviewWhere(userId: number, filter: ReviewFilter): Prisma.Sql {
  const parts = [
    Prisma.sql`r.status = 'review' AND b.user_id = ${userId} AND b.status = 'committed' AND b.undone_at IS NULL`,
  ];
  if (filter.batch !== undefined) parts.push(Prisma.sql`b.id = ${filter.batch}`);
  if (filter.reason === 'none') parts.push(Prisma.sql`NOT ${HAS_CANDIDATES}`);
  if (filter.reason === 'weak') parts.push(Prisma.sql`${BEST} < ${ACCEPT_SCORE}`);
  if (filter.reason === 'several') parts.push(Prisma.sql`${BEST} >= ${ACCEPT_SCORE}`);
  if (filter.minConfidence !== undefined) parts.push(Prisma.sql`${BEST} >= ${filter.minConfidence / 100}`);
  if (filter.recordIds) parts.push(Prisma.sql`r.id = ANY(${filter.recordIds}::int[])`);
  return Prisma.join(parts, ' AND ');
}

const FROM = Prisma.sql`import_records r JOIN import_batches b ON b.id = r.batch_id`;

/** A page of the queue, each candidate with its directors, and the count of the whole selection. */
export async function reviewQueue(
  userId: number,
  opts: ReviewFilter & { offset?: number; limit?: number; prisma?: PrismaClient } = {},
): Promise<{ total: number; items: ImportRecordView[] }> {
  const prisma = opts.prisma ?? db();
  const where = reviewWhere(userId, opts);
  const [{ total }] = await prisma.$queryRaw<
    { total: number }[]
  >`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where}`;
  if (opts.limit === 0) return { total, items: [] };
  const rows = await prisma.$queryRaw<RecordRow[]>`SELECT ${RECORD_COLUMNS} FROM ${FROM} WHERE ${where}
    ORDER BY b.id, r.ordinal OFFSET ${opts.offset ?? 0} LIMIT ${opts.limit ?? 50}`;
  return { total, items: await withDirectors(prisma, userId, rows.map(toView)) };
}

/** How many rows of the queue (of one batch) wait for each reason. */
export async function reviewReasonCounts(
  userId: number,
  batch?: number,
  prisma: PrismaClient = db(),
): Promise<Record<ReviewReason, number>> {
  const [counts] = await prisma.$queryRaw<Record<ReviewReason, number>[]>`SELECT
      count(*) FILTER (WHERE NOT ${HAS_CANDIDATES})::int AS none,
      count(*) FILTER (WHERE ${BEST} < ${ACCEPT_SCORE})::int AS weak,
      count(*) FILTER (WHERE ${BEST} >= ${ACCEPT_SCORE})::int AS several
    FROM ${FROM} WHERE ${reviewWhere(userId, { batch })}`;
  return counts;
}

async function withDirectors(prisma: PrismaClient, userId: number, items: ImportRecordView[]) {
  const tconsts = [...new Set(items.flatMap((item) => item.candidates.map((c) => c.tconst)))];
  if (tconsts.length === 0) return items;
  const imdb = await imdbTablesPresent(prisma);
  const rows = await prisma.$queryRaw<(TitleColumns & { tconst: string })[]>`
    SELECT c.tconst, ${titleColumns(imdb)} FROM unnest(${tconsts}::text[]) AS c(tconst)
    ${titleJoins('c', imdb, Prisma.sql`${userId}::int`)}`;
  const directors = new Map(rows.map((row) => [row.tconst, row.directors]));
  return items.map((item) => ({
    ...item,
    candidates: item.candidates.map((c) => ({ ...c, directors: directors.get(c.tconst) ?? [] })),
  }));
}

export type BulkChoice = 'accept' | 'unmatched';

/**
 * Settles every queue row the filter selects, in one transaction: 'accept' gives each row
 * with a candidate its best one (as a pick would: in its own batch, so undo removes it),
 * 'unmatched' leaves them all unmatched. Answers how many rows it settled; statistics and picks
 * are then rebuilt in the background, as after a single pick.
 */
export async function resolveReviewRows(
  userId: number,
  filter: ReviewFilter,
  choice: BulkChoice,
  prisma: PrismaClient = db(),
): Promise<number> {
  const settled = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const withCandidate = choice === 'accept' ? Prisma.sql`AND ${HAS_CANDIDATES}` : Prisma.empty;
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT r.id FROM ${FROM}
      WHERE ${reviewWhere(userId, filter)} ${withCandidate} FOR UPDATE OF r`;
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return 0;
    if (choice === 'unmatched')
      await tx.$executeRaw`UPDATE import_records SET status = 'unmatched', reason = 'left unmatched'
        WHERE id = ANY(${ids}::int[])`;
    else await pickReviewTitles(tx, userId, ids, null);
    return ids.length;
  }, TX);
  if (settled > 0) await requestRefresh(userId, 'review', prisma);
  return settled;
}
