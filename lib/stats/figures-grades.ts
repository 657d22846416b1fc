import 'server-only';
import { Prisma } from '../db/generated/client';
import { query, type StatsContext } from './sql';
import type { CountBucket, Disagreement, GradeVsRating } from './types';

// Grades: the histogram of viewings, and your grade against IMDb's rating per title (your
// average grade of the title when you graded it more than once).

/** Buckets as the diary's grade filter reads them: ½, then n meaning n and n.5 (10 is 10). */
export async function gradeHistogram(ctx: StatsContext): Promise<CountBucket[]> {
  const rows = await query<{ key: number; viewings: number }>(Prisma.sql`${ctx.with}
    SELECT s.key::float8 AS key, count(v.id)::int AS viewings
    FROM unnest(ARRAY[0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]::numeric[]) AS s(key)
    LEFT JOIN v ON v.grade IS NOT NULL AND (CASE WHEN v.grade < 1 THEN 0.5 ELSE floor(v.grade) END) = s.key
    GROUP BY s.key ORDER BY s.key`);
  return rows.map((r) => ({
    key: String(r.key),
    label: r.key === 0.5 ? '½' : String(r.key),
    viewings: r.viewings,
    averageGrade: null,
  }));
}

const PER_TITLE = Prisma.sql`per_title AS (
  SELECT tconst, min(title) AS title, avg(grade) AS g, min(rating) AS r
  FROM v WHERE grade IS NOT NULL AND rating IS NOT NULL GROUP BY tconst)`;

/** Titles per (your grade, IMDb rating) cell, both rounded to the half point, and the trend. */
export async function gradeVsRating(ctx: StatsContext): Promise<GradeVsRating> {
  const rows = await query<{
    cells: { grade: number; rating: number; titles: number }[] | null;
    titles: number;
    gap: number | null;
    slope: number | null;
    intercept: number | null;
    corr: number | null;
  }>(Prisma.sql`${ctx.with}, ${PER_TITLE}
    SELECT
      (SELECT json_agg(json_build_object('grade', gr, 'rating', ra, 'titles', n) ORDER BY gr, ra) FROM (
        SELECT round(g * 2) / 2 AS gr, round(r * 2) / 2 AS ra, count(*)::int AS n FROM per_title GROUP BY 1, 2) c) AS cells,
      count(*)::int AS titles, avg(g - r)::float8 AS gap, regr_slope(g, r)::float8 AS slope,
      regr_intercept(g, r)::float8 AS intercept, corr(g, r)::float8 AS corr
    FROM per_title`);
  const row = rows[0];
  return {
    cells: (row.cells ?? []).map((c) => ({ grade: Number(c.grade), rating: Number(c.rating), titles: c.titles })),
    titles: row.titles,
    averageGap: row.gap,
    slope: row.slope,
    intercept: row.intercept,
    correlation: row.corr,
  };
}

/** The titles you graded furthest above and below IMDb's rating, `limit` each way. */
export async function disagreements(
  ctx: StatsContext,
  limit = 5,
): Promise<{ higher: Disagreement[]; lower: Disagreement[] }> {
  const rows = await query<Disagreement & { side: string }>(Prisma.sql`${ctx.with}, ${PER_TITLE},
    years AS (SELECT DISTINCT ON (tconst) tconst, released FROM v)
    (SELECT 'higher' AS side, p.tconst, p.title, y.released AS year, p.g::float8 AS grade, p.r::float8 AS rating,
        (p.g - p.r)::float8 AS gap
      FROM per_title p JOIN years y USING (tconst) WHERE p.g > p.r ORDER BY p.g - p.r DESC, p.tconst LIMIT ${limit})
    UNION ALL
    (SELECT 'lower', p.tconst, p.title, y.released, p.g::float8, p.r::float8, (p.g - p.r)::float8
      FROM per_title p JOIN years y USING (tconst) WHERE p.g < p.r ORDER BY p.g - p.r, p.tconst LIMIT ${limit})`);
  const of = (side: string) => rows.filter((r) => r.side === side).map(({ side: _, ...d }) => d);
  return { higher: of('higher'), lower: of('lower') };
}
