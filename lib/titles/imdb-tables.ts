import 'server-only';
import { db } from '../db/client';

// The imdb.* tables exist once the ETL has run; before that, reads that join them would
// fail. A positive answer is kept (the ETL swaps tables but never drops the schema).
const known = new Set<string>();

/** Whether all seven imdb.* tables exist in the app's database. */
export async function imdbTablesPresent(): Promise<boolean> {
  const key = process.env.DATABASE_URL ?? '';
  if (known.has(key)) return true;
  const [row] = await db().$queryRaw<{ present: boolean }[]>`
    SELECT count(*) = 7 AS present FROM pg_tables
    WHERE schemaname = 'imdb' AND tablename IN ('title_basics', 'title_akas', 'title_ratings', 'title_crew',
      'title_episode', 'title_principals', 'name_basics')`;
  if (row?.present) known.add(key);
  return Boolean(row?.present);
}
