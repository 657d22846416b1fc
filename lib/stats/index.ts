import 'server-only';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { getDashboard } from './dashboard';
import { rangeOf, type StatsRange, statsQuerySchema } from './range';
import { query } from './sql';
import type { Dashboard } from './types';
import { reviewYears } from './year-review';

const ALL_TIME: StatsRange = { from: null, to: null, kind: 'all' };

/**
 * The dashboard page's data from its URL query; an invalid query shows all time with the
 * reason, instead of failing.
 */
export async function dashboardForQuery(
  userId: number,
  query: Record<string, string | undefined>,
): Promise<{ dashboard: Dashboard; years: number[]; error?: string }> {
  const parsed = statsQuerySchema.safeParse(query);
  const range = parsed.success ? rangeOf(parsed.data) : ALL_TIME;
  const [dashboard, years] = await Promise.all([getDashboard(userId, range), reviewYears(userId)]);
  return parsed.success ? { dashboard, years } : { dashboard, years, error: parsed.error.issues[0]?.message };
}

/** A person's name for the diary's "With …" filter, or null. */
export async function personName(nconst: string): Promise<string | null> {
  if (!(await imdbTablesPresent())) return null;
  const rows = await query<{ name: string }>(
    Prisma.sql`SELECT primary_name AS name FROM imdb.name_basics WHERE nconst = ${nconst}`,
  );
  return rows[0]?.name ?? null;
}
