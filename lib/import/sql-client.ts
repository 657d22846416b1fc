import type { PrismaClient } from '../db/generated/client';

/** The client or transaction the import's SQL runs on. */
export type SqlClient = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

/** Which imdb.* tables exist (the ETL may not have run yet). */
export async function importTables(client: SqlClient): Promise<{ basics: boolean; search: boolean }> {
  const rows = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'imdb' AND tablename IN ('title_basics', 'title_search')`;
  const names = new Set(rows.map((r) => r.tablename));
  return { basics: names.has('title_basics'), search: names.has('title_search') };
}

/** Splits work into chunks so one statement never carries an unbounded parameter array. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
