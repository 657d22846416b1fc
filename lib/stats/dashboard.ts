import 'server-only';
import { cached } from './cache';
import { statsContext } from './context';
import { disagreements, gradeHistogram, gradeVsRating } from './figures-grades';
import { favouritePeople, PERSON_ROLES } from './figures-people';
import { decades, genres, regions, releaseYears, runtimes, types } from './figures-what';
import { calendar, perMonth, perYear, streaks, totals, weekdays } from './figures-when';
import type { StatsRange } from './range';
import type { StatsContext } from './sql';
import type { Dashboard } from './types';

/**
 * Every figure of the dashboard for `range`, each its own query, run side by side; served from
 * the cache while nothing they depend on has changed (`fresh` computes them anyway).
 */
export async function getDashboard(
  userId: number,
  range: StatsRange,
  options: { fresh?: boolean } = {},
): Promise<Dashboard> {
  const ctx = await statsContext(userId, range);
  const compute = () => computeDashboard(ctx);
  if (options.fresh) return compute();
  return cached(`dashboard|${userId}|${JSON.stringify(range)}|${ctx.fingerprint}`, compute);
}

async function computeDashboard(ctx: StatsContext): Promise<Dashboard> {
  const { range } = ctx;
  const [t, s, years, months, days, cal, g, dec, rel, run, ty, reg, hist, gvr, dis, ...people] = await Promise.all([
    totals(ctx),
    streaks(ctx),
    perYear(ctx),
    perMonth(ctx),
    weekdays(ctx),
    calendar(ctx),
    genres(ctx),
    decades(ctx),
    releaseYears(ctx),
    runtimes(ctx),
    types(ctx),
    regions(ctx),
    gradeHistogram(ctx),
    gradeVsRating(ctx),
    disagreements(ctx),
    ...PERSON_ROLES.map((role) => favouritePeople(ctx, role)),
  ]);
  return {
    range,
    totals: t,
    streaks: s,
    perYear: years,
    perMonth: months,
    weekdays: days,
    calendar: cal,
    genres: g,
    decades: dec,
    releaseYears: rel,
    runtimes: run,
    types: ty,
    regions: reg,
    grades: hist,
    gradeVsRating: gvr,
    disagreements: dis,
    people,
  };
}
