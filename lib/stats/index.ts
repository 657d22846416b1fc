import 'server-only';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { getDashboard } from './dashboard';
import { nameOf } from './figures-people';
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

/** A person's name for the diary's "With …" filter (see lib/titles/people.ts), or null. */
export async function filterPersonName(nconst: string, userId: number): Promise<string | null> {
  if (!(await imdbTablesPresent())) return null;
  const rows = await query<{ name: string | null }>(
    Prisma.sql`SELECT ${nameOf(Prisma.sql`${nconst}`, true, userId)} AS name`,
  );
  return rows[0]?.name ?? null;
}
