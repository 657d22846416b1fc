import { db, type SqlClient } from '../db/client';
import { Prisma } from '../db/generated/client';

// The imdb.* tables exist once the ETL has run; before that, reads that join them would fail.
// A positive answer is kept (the ETL swaps tables but never drops the schema). Not server-only:
// the import, export and picks command lines run under plain Node.
const known = new Set<string>();

const QUERIES = {
  datasets: Prisma.sql`(SELECT count(*) = 7 FROM pg_tables WHERE schemaname = 'imdb' AND tablename IN ('title_basics',
    'title_akas', 'title_ratings', 'title_crew', 'title_episode', 'title_principals', 'name_basics'))`,
  search: Prisma.sql`to_regclass('imdb.title_search') IS NOT NULL AND to_regprocedure('public.search_normalize(text)') IS NOT NULL`,
  normaliser: Prisma.sql`to_regprocedure('public.search_normalize(text)') IS NOT NULL`,
};

async function present(client: SqlClient, what: 'datasets' | 'search' | 'normaliser'): Promise<boolean> {
  const key = `${what} ${process.env.DATABASE_URL ?? ''}`;
  if (known.has(key)) return true;
  const [row] = await client.$queryRaw<{ present: boolean }[]>`SELECT ${QUERIES[what]} AS present`;
  if (row?.present) known.add(key);
  return Boolean(row?.present);
}

/** Whether all seven imdb.* tables exist (`client`: a transaction, else the app's database). */
export function imdbTablesPresent(client: SqlClient = db()): Promise<boolean> {
  return present(client, 'datasets');
}

/** Whether the search tables the ETL derives (and their normalisation function) exist. */
export function searchTablesPresent(client: SqlClient = db()): Promise<boolean> {
  return present(client, 'search');
}

/** Whether lib/search's SQL normalisation (public.search_normalize) is installed. */
export function searchNormaliserPresent(client: SqlClient = db()): Promise<boolean> {
  return present(client, 'normaliser');
}
