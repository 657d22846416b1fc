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
 *  one tconst, or SQL that selects the tconsts the write touches (an import's). */
export async function keepingChronology<T>(
  tx: SqlClient,
  userId: number,
  titles: string | Prisma.Sql,
  write: () => Promise<T>,
): Promise<T> {
  // One writer of an account's viewings at a time: two logged at once must see each other.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('chronology'), ${userId})`;
  // Temporary tables, keyed and analysed, not subqueries: an import touches thousands of titles
  // just written in this transaction, and planned as subqueries over tables whose statistics do
  // not know them yet, the rankings ran as nested loops (a 20,000-row commit took minutes).
  // One title (a log, an edit) needs none of that, only the ranking from before the write.
  const many = typeof titles !== 'string';
  const scope = many ? await keyed(tx, 'chronology_titles', titles, true) : Prisma.sql`${titles}`;
  const before = await keyed(tx, 'ranked_before', ranked(userId, scope), many);
  const result = await write();
  const after = many ? await keyed(tx, 'ranked_after', ranked(userId, scope), true) : ranked(userId, scope);
  await tx.$executeRaw`UPDATE watches w SET rewatch = r.n > 1, updated_at = now()
    FROM (${after}) r
   WHERE w.id = r.id
     AND ((r.n > 1 AND NOT w.rewatch)
       OR (r.n = 1 AND w.rewatch AND EXISTS (SELECT 1 FROM (${before}) b WHERE b.id = w.id AND b.n > 1)))`;
  return result;
}

type Table = 'chronology_titles' | 'ranked_before' | 'ranked_after';

/** `select` as a temporary table (keyed by its first column and analysed when `large`); SQL selecting it. */
async function keyed(tx: SqlClient, table: Table, select: Prisma.Sql, large: boolean): Promise<Prisma.Sql> {
  const name = Prisma.raw(table);
  await tx.$executeRaw`DROP TABLE IF EXISTS ${name}`;
  await tx.$executeRaw`CREATE TEMP TABLE ${name} ON COMMIT DROP AS SELECT DISTINCT * FROM (${select}) s`;
  if (large) {
    await tx.$executeRaw`ALTER TABLE ${name} ADD PRIMARY KEY (${Prisma.raw(table === 'chronology_titles' ? 'tconst' : 'id')})`;
    await tx.$executeRaw`ANALYZE ${name}`;
  }
  return Prisma.sql`SELECT * FROM ${name}`;
}
