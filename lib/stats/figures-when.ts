import 'server-only';
import { Prisma } from '../db/generated/client';
import { allTimePeopleIn, creditsIn, query, type StatsContext } from './sql';
import type { Calendar, CountBucket, NewRewatch, Streaks, Totals } from './types';

// Totals and "when": each function is one query over the viewings CTE `v`.

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months the per-month chart shows at most (the latest ones of the range). */
const MONTHS_SHOWN = 36;

function people(ctx: StatsContext): Prisma.Sql {
  const distinct = (role: string) => {
    const allTime = allTimePeopleIn(ctx, role);
    return allTime
      ? Prisma.sql`(SELECT count(DISTINCT w.nconst)::int FROM stats_people w WHERE ${allTime})`
      : Prisma.sql`(SELECT count(DISTINCT w.nconst)::int FROM stats_credits w WHERE ${creditsIn(ctx, [role])})`;
  };
  return Prisma.sql`${distinct('directors')} AS directors, ${distinct('actors')} AS actors`;
}

export async function totals(ctx: StatsContext): Promise<Totals> {
  const [row] = await query<
    Omit<Totals, 'precision'> & { day: number; rated: number; month: number; year: number; unknown: number }
  >(
    Prisma.sql`${ctx.with}
    SELECT count(*)::int AS viewings, count(DISTINCT tconst)::int AS titles,
      count(*) FILTER (WHERE rewatch)::int AS rewatches, coalesce(sum(runtime), 0)::int AS minutes,
      avg(grade)::float8 AS "averageGrade", count(grade)::int AS graded,
      count(*) FILTER (WHERE on_day)::int AS day,
      count(*) FILTER (WHERE date_precision = 'day' AND NOT on_day)::int AS rated,
      count(*) FILTER (WHERE date_precision = 'month')::int AS month,
      count(*) FILTER (WHERE date_precision = 'year')::int AS year,
      count(*) FILTER (WHERE date_precision = 'unknown' OR watched_on IS NULL)::int AS unknown,
      ${people(ctx)}
    FROM v`,
  );
  const { day, rated, month, year, unknown, ...rest } = row;
  return { ...rest, precision: { day, rated, month, year, unknown } };
}

export async function streaks(ctx: StatsContext): Promise<Streaks> {
  const rows = await query<{ kind: string; n: number; from: string; to: string }>(Prisma.sql`${ctx.with},
    days AS (SELECT DISTINCT watched_on AS d FROM v WHERE on_day),
    runs AS (SELECT min(d) AS f, max(d) AS t, count(*)::int AS n
      FROM (SELECT d, d - (row_number() OVER (ORDER BY d))::int AS grp FROM days) x GROUP BY grp),
    weeks AS (SELECT DISTINCT date_trunc('week', d)::date AS wk FROM days),
    week_runs AS (SELECT min(wk) AS f, (max(wk) + 6) AS t, count(*)::int AS n
      FROM (SELECT wk, wk - 7 * (row_number() OVER (ORDER BY wk))::int AS grp FROM weeks) x GROUP BY grp)
    (SELECT 'longest' AS kind, n, f::text AS "from", t::text AS "to" FROM runs ORDER BY n DESC, t DESC LIMIT 1)
    UNION ALL
    (SELECT 'current', n, f::text, t::text FROM runs WHERE t >= current_date - 1 ORDER BY t DESC LIMIT 1)
    UNION ALL
    (SELECT 'weeks', n, f::text, t::text FROM week_runs ORDER BY n DESC, t DESC LIMIT 1)`);
  const pick = (kind: string) => rows.find((r) => r.kind === kind);
  const run = (kind: string) => {
    const r = pick(kind);
    return r ? { days: r.n, from: r.from, to: r.to } : null;
  };
  const weeks = pick('weeks');
  return {
    longest: run('longest'),
    current: run('current'),
    longestWeeks: weeks ? { weeks: weeks.n, from: weeks.from, to: weeks.to } : null,
  };
}

/** Viewings per year, new vs rewatch; every precision but unknown counts. */
export async function perYear(ctx: StatsContext): Promise<NewRewatch[]> {
  const rows = await query<{ y: number; fresh: number; rewatches: number }>(Prisma.sql`${ctx.with},
    counted AS (SELECT extract(year FROM watched_on)::int AS y, count(*) FILTER (WHERE NOT rewatch)::int AS fresh,
        count(*) FILTER (WHERE rewatch)::int AS rewatches
      FROM v WHERE date_precision IN ('day', 'month', 'year') GROUP BY 1)
    SELECT s.y::int AS y, coalesce(c.fresh, 0) AS fresh, coalesce(c.rewatches, 0) AS rewatches
    FROM generate_series((SELECT min(y) FROM counted), (SELECT max(y) FROM counted)) AS s(y)
    LEFT JOIN counted c ON c.y = s.y ORDER BY s.y`);
  return rows.map((r) => ({ key: String(r.y), label: String(r.y), fresh: r.fresh, rewatches: r.rewatches }));
}

/** Viewings per month (the latest MONTHS_SHOWN months of the range), new vs rewatch; day and month precision. */
export async function perMonth(ctx: StatsContext): Promise<NewRewatch[]> {
  const rows = await query<{ m: string; fresh: number; rewatches: number }>(Prisma.sql`${ctx.with},
    counted AS (SELECT date_trunc('month', watched_on)::date AS m, count(*) FILTER (WHERE NOT rewatch)::int AS fresh,
        count(*) FILTER (WHERE rewatch)::int AS rewatches
      FROM v WHERE date_precision IN ('day', 'month') GROUP BY 1),
    bounds AS (SELECT greatest(min(m), (max(m) - make_interval(months => ${MONTHS_SHOWN - 1}))::date) AS lo, max(m) AS hi FROM counted)
    SELECT to_char(s.m, 'YYYY-MM') AS m, coalesce(c.fresh, 0) AS fresh, coalesce(c.rewatches, 0) AS rewatches
    FROM bounds, generate_series(bounds.lo, bounds.hi, interval '1 month') AS s(m)
    LEFT JOIN counted c ON c.m = s.m::date ORDER BY s.m`);
  return rows.map((r) => ({
    key: r.m,
    label: `${MONTHS[Number(r.m.slice(5, 7)) - 1]} ${r.m.slice(0, 4)}`,
    fresh: r.fresh,
    rewatches: r.rewatches,
  }));
}

/** Viewings per weekday (ISO: 1 = Monday); only viewings on a known day (not a rating date). */
export async function weekdays(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<{ d: number; viewings: number; avg: number | null }>(Prisma.sql`${ctx.with}
    SELECT s.d::int AS d, count(v.id)::int AS viewings, avg(v.grade)::float8 AS avg
    FROM generate_series(1, 7) AS s(d)
    LEFT JOIN v ON v.on_day AND extract(isodow FROM v.watched_on) = s.d
    GROUP BY s.d ORDER BY s.d`);
  return rows.map((r) => ({ key: String(r.d), label: WEEKDAYS[r.d - 1], viewings: r.viewings, averageGrade: r.avg }));
}

/**
 * The calendar heatmap: the 12 months up to the range's end (today for open ranges), from a
 * Monday; only viewings on a known day.
 */
export async function calendar(ctx: StatsContext): Promise<Calendar> {
  const end = ctx.range.to ? Prisma.sql`least(${ctx.range.to}::date, current_date)` : Prisma.sql`current_date`;
  const rows = await query<{ lo: string; hi: string; days: { date: string; viewings: number }[] | null }>(
    Prisma.sql`${ctx.with},
    b AS (SELECT date_trunc('week', (${end} - 364))::date AS lo, (${end})::date AS hi)
    SELECT b.lo::text AS lo, b.hi::text AS hi,
      (SELECT json_agg(json_build_object('date', d::text, 'viewings', n) ORDER BY d) FROM (
        SELECT watched_on AS d, count(*)::int AS n FROM v
        WHERE on_day AND watched_on BETWEEN b.lo AND b.hi GROUP BY 1) x) AS days
    FROM b`,
  );
  const row = rows[0];
  return { from: row.lo, to: row.hi, days: row.days ?? [] };
}
