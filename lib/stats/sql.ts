import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { SERIES_AND_EPISODE_TYPES } from '../titles/types';
import type { StatsRange } from './range';

// The one place where the statistics' SQL starts: the user's viewings in a range, with what is
// known of each title (derived by refresh.ts through lib/titles/title-join.ts).

/** The last day of a viewing's period: its day, the month's last day, or the year's last day. */
export const PERIOD_END = Prisma.sql`(CASE w.date_precision
  WHEN 'month' THEN (w.watched_on + interval '1 month' - interval '1 day')::date
  WHEN 'year' THEN (w.watched_on + interval '1 year' - interval '1 day')::date
  ELSE w.watched_on END)`;

/**
 * A viewing counts in a range when its whole period lies inside it (a viewing dated only
 * "2024" is in 2024, but not in March 2024); undated viewings count only for all time.
 * `periodEnd` is the expression of the period's last day (a column of stats_viewings).
 */
export function rangeCondition(range: Pick<StatsRange, 'from' | 'to'>, periodEnd: Prisma.Sql = PERIOD_END): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range.from) parts.push(Prisma.sql`w.watched_on >= ${range.from}::date`);
  if (range.to) parts.push(Prisma.sql`w.watched_on <= ${range.to}::date AND ${periodEnd} <= ${range.to}::date`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`true`;
}

/** Films are every title type but the series ones (an unknown title counts as a film). */
export function kindCondition(kind: StatsRange['kind'], type: Prisma.Sql): Prisma.Sql {
  if (kind === 'films') return Prisma.sql`coalesce(${type}, 'movie') <> ALL (${SERIES_AND_EPISODE_TYPES}::text[])`;
  if (kind === 'series') return Prisma.sql`${type} = ANY (${SERIES_AND_EPISODE_TYPES}::text[])`;
  return Prisma.sql`true`;
}

/**
 * `v`: the viewings of `userId` in `range`, one row each, from the pre-aggregated facts
 * (lib/stats/refresh.ts) — id, tconst, watched_on, date_precision, grade, rewatch, type,
 * genres, runtime, released, rating, title, region, and on_day: the viewing's own day is known
 * (dated to the day, and not only by the day it was rated), which weekdays, the calendar and
 * streaks need.
 */
export function viewingsCte(userId: number, range: StatsRange): Prisma.Sql {
  return Prisma.sql`v AS (
    SELECT w.id, w.tconst, w.watched_on, w.date_precision, w.grade, w.rewatch, w.type, w.genres, w.runtime,
      w.released, w.rating, w.title, w.region, (w.date_precision = 'day' AND w.date_kind = 'watched') AS on_day
    FROM stats_viewings w
    WHERE w.user_id = ${userId} AND ${rangeCondition(range, Prisma.sql`w.period_end`)} AND ${kindCondition(range.kind, Prisma.sql`w.type`)})`;
}

export interface StatsContext {
  userId: number;
  range: StatsRange;
  /** Whether the imdb.* tables are there (people and regions need them). */
  imdb: boolean;
  /** `WITH v AS (…)`, ready to prefix a query. */
  with: Prisma.Sql;
  /** What the facts were built from: results computed with this context stay valid while it holds. */
  fingerprint: string;
}

/** The rows of stats_credits (alias `w`) of the context's user, range and kind in `roles`. */
export function creditsIn(ctx: StatsContext, roles: string[]): Prisma.Sql {
  return Prisma.sql`w.user_id = ${ctx.userId} AND w.role = ANY (${roles}::text[])
    AND ${rangeCondition(ctx.range, Prisma.sql`w.period_end`)} AND ${kindCondition(ctx.range.kind, Prisma.sql`w.type`)}`;
}

/**
 * The all-time rows of stats_people (alias `w`) of the context's user and kind in `role`, or
 * null for any other range (those count from stats_credits).
 */
export function allTimePeopleIn(ctx: StatsContext, role: string): Prisma.Sql | null {
  if (ctx.range.from || ctx.range.to) return null;
  const series = { all: Prisma.sql`true`, films: Prisma.sql`NOT w.series`, series: Prisma.sql`w.series` };
  return Prisma.sql`w.user_id = ${ctx.userId} AND w.role = ${role} AND ${series[ctx.range.kind]}`;
}

/** Runs one figure's query. */
export function query<T>(sql: Prisma.Sql): Promise<T[]> {
  return db().$queryRaw<T[]>(sql);
}

/**
 * Runs a query over people without JIT compilation: the planner's estimates for these (a lookup
 * per person, times thousands of people before the top-N cut) can cross the JIT threshold, and
 * compiling took several times longer than running the query. (The transaction that scopes the
 * setting costs a few round trips, so the other figures run without it.)
 */
export async function queryWithoutJit<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db().$transaction([db().$executeRaw`SET LOCAL jit = off`, db().$queryRaw<T[]>(sql)]);
  return rows;
}
