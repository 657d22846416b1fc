import type { SqlClient } from '../db/client';
import { Prisma } from '../db/generated/client';

// The rule of rewatches, for every writer of the journal (the log sheet, the API, media-server
// plays, imports and their undo): the first viewing of a title by date is the first, every
// later one a rewatch. An undated viewing counts as the earliest ("some time before"). A first
// viewing keeps the flag it was given (seen before the journal began) unless it only became the
// first through this write — the one before it removed or moved after it.

/** A title's live viewings in order: n = 1 is the first. */
const ranked = (userId: number, titles: Prisma.Sql) => Prisma.sql`
  SELECT id, row_number() OVER (PARTITION BY tconst ORDER BY watched_on ASC NULLS FIRST, id) AS n
    FROM watches
   WHERE user_id = ${userId} AND deleted_at IS NULL AND tconst IN (${titles})`;

/** Runs `write` (inside transaction `tx`) and then re-derives the rewatch flags of `titles`:
 *  one tconst, or SQL that selects the tconsts the write touches. */
export async function keepingChronology<T>(
  tx: SqlClient,
  userId: number,
  titles: string | Prisma.Sql,
  write: () => Promise<T>,
): Promise<T> {
  const scope = typeof titles === 'string' ? Prisma.sql`${titles}` : titles;
  // One writer of an account's viewings at a time: two logged at once must see each other.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('chronology'), ${userId})`;
  // A temporary table, not a parameter: an import touches thousands of viewings.
  await tx.$executeRaw`DROP TABLE IF EXISTS later_viewings`;
  await tx.$executeRaw`CREATE TEMP TABLE later_viewings ON COMMIT DROP AS
    SELECT id FROM (${ranked(userId, scope)}) r WHERE r.n > 1`;
  const result = await write();
  await tx.$executeRaw`UPDATE watches w SET rewatch = r.n > 1, updated_at = now()
    FROM (${ranked(userId, scope)}) r
   WHERE w.id = r.id
     AND ((r.n > 1 AND NOT w.rewatch)
       OR (r.n = 1 AND w.rewatch AND EXISTS (SELECT 1 FROM later_viewings l WHERE l.id = w.id)))`;
  return result;
}
