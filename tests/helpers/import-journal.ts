import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '../../lib/db/client';
import type { ImportFile } from '../../lib/import/types';

// Reading the journal back whole, to prove that an import, its undo or a failure left it as
// it should be; and the import fixtures as files.

export const FIXTURES = path.resolve('tests/fixtures/import');
export const REAL_EXPORTS = path.resolve('../shared/realdata');

export function importFile(dir: string, rel: string, name = path.basename(rel)): ImportFile {
  return { name, bytes: readFileSync(path.join(dir, rel)) };
}

/** Everything the journal holds for a person (without ids and timestamps of creation). */
export async function journalSnapshot(userId: number) {
  const watches = await db().$queryRaw<unknown[]>`
    SELECT tconst, to_char(watched_on, 'YYYY-MM-DD') AS watched_on, date_precision::text AS precision, date_kind::text AS date_kind,
           grade::float8 AS grade, rewatch, review, tags, place, companions, deleted_at IS NOT NULL AS deleted
      FROM watches WHERE user_id = ${userId}
     ORDER BY tconst, watched_on NULLS FIRST, date_precision, grade NULLS FIRST, review NULLS FIRST, id`;
  const watchlist = await db().$queryRaw<unknown[]>`
    SELECT tconst, note, added_at FROM watchlist WHERE user_id = ${userId} ORDER BY tconst`;
  const provisional = await db().$queryRaw<unknown[]>`
    SELECT tconst, title, year, title_type, original_title, genres, runtime_minutes, average_rating::float8 AS rating,
           num_votes, directors FROM provisional_titles WHERE user_id = ${userId} ORDER BY tconst`;
  return { watches, watchlist, provisional };
}
