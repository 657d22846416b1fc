import 'server-only';
import { Prisma } from '../db/generated/client';
import { query, type StatsContext } from './sql';
import type { CountBucket } from './types';

// "What": genres, release decades and years, runtimes, title types, regions of origin. One
// query each over the viewings CTE `v`; every viewing counts (a rewatch counts again).

interface Row {
  key: string;
  viewings: number;
  avg: number | null;
}

const bucket = (label: (key: string) => string) => (r: Row) => ({
  key: r.key,
  label: label(r.key),
  viewings: r.viewings,
  averageGrade: r.avg,
});

/** Viewings and average grade per genre; a title with several genres counts in each. */
export async function genres(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<Row>(Prisma.sql`${ctx.with}
    SELECT g AS key, count(*)::int AS viewings, avg(grade)::float8 AS avg
    FROM v, unnest(v.genres) AS g GROUP BY g ORDER BY 2 DESC, 1`);
  return rows.map(bucket((k) => k));
}

/** Per decade of release ("1990" is 1990–1999). */
export async function decades(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<Row>(Prisma.sql`${ctx.with}
    SELECT ((released / 10) * 10)::text AS key, count(*)::int AS viewings, avg(grade)::float8 AS avg
    FROM v WHERE released IS NOT NULL GROUP BY released / 10 ORDER BY released / 10`);
  return rows.map(bucket((k) => `${k}s`));
}

export async function releaseYears(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<Row>(Prisma.sql`${ctx.with}
    SELECT released::text AS key, count(*)::int AS viewings, avg(grade)::float8 AS avg
    FROM v WHERE released IS NOT NULL GROUP BY released ORDER BY released`);
  return rows.map(bucket((k) => k));
}

/** Runtime buckets: [lower, upper) in minutes; the diary filter `runtime=LOWER-UPPER` matches them. */
const RUNTIME_BUCKETS: readonly [number, number | null][] = [
  [0, 60],
  [60, 90],
  [90, 120],
  [120, 150],
  [150, 180],
  [180, null],
];

/** "<60", "90–119", "180+" (minutes). */
function runtimeLabel(lower: number, upper: number | null): string {
  if (lower === 0) return `<${upper}`;
  return upper === null ? `${lower}+` : `${lower}–${upper - 1}`;
}

export async function runtimes(ctx: StatsContext): Promise<CountBucket[]> {
  const lowers = RUNTIME_BUCKETS.map(([lo]) => lo);
  const rows = await query<{ lo: number; viewings: number; avg: number | null }>(Prisma.sql`${ctx.with},
    counted AS (SELECT width_bucket(runtime, ${lowers}::int[]) AS i, count(*)::int AS n, avg(grade)::float8 AS avg
      FROM v WHERE runtime IS NOT NULL GROUP BY 1)
    SELECT s.lo, coalesce(c.n, 0) AS viewings, c.avg
    FROM unnest(${lowers}::int[]) WITH ORDINALITY AS s(lo, i) LEFT JOIN counted c ON c.i = s.i ORDER BY s.lo`);
  return rows.map((r) => {
    const upper = RUNTIME_BUCKETS.find(([lo]) => lo === r.lo)?.[1] ?? null;
    return {
      key: upper === null ? `${r.lo}-` : `${r.lo}-${upper}`,
      label: runtimeLabel(r.lo, upper),
      viewings: r.viewings,
      averageGrade: r.avg,
    };
  });
}

export async function types(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<Row>(Prisma.sql`${ctx.with}
    SELECT coalesce(type, 'unknown') AS key, count(*)::int AS viewings, avg(grade)::float8 AS avg
    FROM v GROUP BY 1 ORDER BY 2 DESC, 1`);
  return rows.map(bucket((k) => k));
}

/**
 * Region of origin as far as IMDb's alternative titles tell: the region of the first
 * alternative title that is the original title. Titles without one are left out.
 */
export async function regions(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<Row>(Prisma.sql`${ctx.with}
    SELECT region AS key, count(*)::int AS viewings, avg(grade)::float8 AS avg
    FROM v WHERE region IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`);
  return rows.map(bucket((k) => k));
}
