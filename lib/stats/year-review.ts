import 'server-only';
import { Prisma } from '../db/generated/client';
import { parentSeries } from '../titles/title-join';
import { cached } from './cache';
import { statsContext, withRange } from './context';
import { nameOf } from './figures-people';
import { perMonth, totals } from './figures-when';
import { type StatsKind, yearRange } from './range';
import { creditsIn, query, type StatsContext, viewingsCte } from './sql';
import { REVIEW_TITLE_COLUMNS, topTitles } from './top-titles';
import type { NewRewatch, ReviewTitle, TopTitle, Totals } from './types';

// A year told as a story: its totals against the year before, the best-graded titles (a series
// once, for its episodes too: top-titles.ts), the first and last viewing, the busiest month, people new to you that year, and the genre mix
// compared with the previous year. One query per figure.

interface NewPerson {
  nconst: string;
  name: string | null;
  role: 'directors' | 'actors';
  titles: number;
  averageGrade: number | null;
}

interface GenreShare {
  genre: string;
  /** Share of the year's viewings with this genre, 0–1 (a title counts in each of its genres). */
  share: number;
  /** The same share the year before; null when the year before has no dated viewing. */
  previous: number | null;
  viewings: number;
}

export interface YearReview {
  year: number;
  totals: Totals;
  previousTotals: Totals;
  months: NewRewatch[];
  topTitles: TopTitle[];
  first: ReviewTitle | null;
  last: ReviewTitle | null;
  busiestMonth: { month: string; viewings: number } | null;
  newPeople: NewPerson[];
  genres: GenreShare[];
}

async function highlights(withV: Prisma.Sql) {
  const rows = await query<ReviewTitle & { kind: string; n: number | null }>(Prisma.sql`${withV}
    -- First and last: a viewing on a known day wins over one known by the day it was rated,
    -- which wins over one known only by its month.
    (SELECT 'first' AS kind, ${REVIEW_TITLE_COLUMNS}, NULL::int AS n FROM v WHERE date_precision IN ('day', 'month')
      ORDER BY NOT on_day, date_precision = 'month', watched_on, id LIMIT 1)
    UNION ALL
    (SELECT 'last', ${REVIEW_TITLE_COLUMNS}, NULL FROM v WHERE date_precision IN ('day', 'month')
      ORDER BY NOT on_day, date_precision = 'month', watched_on DESC, id DESC LIMIT 1)
    UNION ALL
    (SELECT 'month', NULL, NULL, NULL, NULL, to_char(date_trunc('month', watched_on), 'YYYY-MM'), NULL, count(*)::int
      FROM v WHERE date_precision IN ('day', 'month') GROUP BY date_trunc('month', watched_on)
      ORDER BY count(*) DESC, date_trunc('month', watched_on) LIMIT 1)`);
  const pick = ({ kind: _, n: __, ...t }: ReviewTitle & { kind: string; n: number | null }): ReviewTitle => t;
  const month = rows.find((r) => r.kind === 'month');
  return {
    first: rows.filter((r) => r.kind === 'first').map(pick)[0] ?? null,
    last: rows.filter((r) => r.kind === 'last').map(pick)[0] ?? null,
    busiestMonth: month?.watchedOn ? { month: month.watchedOn, viewings: month.n ?? 0 } : null,
  };
}

/** Directors and actors with two or more titles seen in the year, none of theirs seen before it. */
async function newPeople(ctx: StatsContext): Promise<NewPerson[]> {
  const year = Number(ctx.range.from?.slice(0, 4));
  return query<NewPerson>(Prisma.sql`
    -- A series' episodes are one title of the person's (a series' cast is in most of them).
    WITH per_title AS (SELECT w.role, w.nconst, coalesce(${parentSeries('w', ctx.imdb)}, w.tconst) AS tconst,
        avg(w.grade) AS g FROM stats_credits w
        WHERE ${creditsIn(ctx, ['directors', 'actors'])} GROUP BY 1, 2, 3),
      known AS (SELECT DISTINCT e.role, e.nconst FROM stats_credits e
        WHERE e.user_id = ${ctx.userId} AND e.role IN ('directors', 'actors') AND e.watched_on < ${`${year}-01-01`}::date),
      per AS (SELECT p.role, p.nconst, count(*)::int AS titles, avg(p.g)::float8 AS avg FROM per_title p
        WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.role = p.role AND k.nconst = p.nconst)
        GROUP BY p.role, p.nconst HAVING count(*) >= 2)
    SELECT per.nconst, ${nameOf(Prisma.sql`per.nconst`, ctx.imdb, ctx.userId)} AS name, per.role, per.titles, per.avg AS "averageGrade"
    FROM per ORDER BY per.titles DESC, per.avg DESC NULLS LAST, per.nconst LIMIT 8`);
}

/** Genre shares of the year's viewings and of the year before's, if it has any (top 8 of the year). */
async function genreMix(userId: number, year: number, kind: StatsKind): Promise<GenreShare[]> {
  const range = { from: `${year - 1}-01-01`, to: `${year}-12-31`, kind };
  return query<GenreShare>(Prisma.sql`WITH ${viewingsCte(userId, range)},
    y AS (SELECT extract(year FROM watched_on)::int AS yr, genres FROM v WHERE date_precision <> 'unknown'),
    n AS (SELECT count(*) FILTER (WHERE yr = ${year}) AS cur, count(*) FILTER (WHERE yr = ${year - 1}) AS prev FROM y)
    SELECT g AS genre, count(*) FILTER (WHERE yr = ${year})::int AS viewings,
      (count(*) FILTER (WHERE yr = ${year})::float8 / nullif(n.cur, 0)) AS share,
      count(*) FILTER (WHERE yr = ${year - 1})::float8 / nullif(n.prev, 0) AS previous
    FROM y, unnest(y.genres) AS g, n GROUP BY g, n.cur, n.prev
    HAVING count(*) FILTER (WHERE yr = ${year}) > 0
    ORDER BY 2 DESC, 1 LIMIT 8`);
}

/** The year in review; cached like the dashboard (`fresh` computes it anyway). */
export async function getYearReview(
  userId: number,
  year: number,
  kind: StatsKind = 'all',
  options: { fresh?: boolean } = {},
): Promise<YearReview> {
  const ctx = await statsContext(userId, yearRange(year, kind));
  const compute = () => computeYearReview(ctx, year, kind);
  if (options.fresh) return compute();
  return cached(`review|${userId}|${year}|${kind}|${ctx.fingerprint}`, compute);
}

async function computeYearReview(ctx: StatsContext, year: number, kind: StatsKind): Promise<YearReview> {
  const previous = withRange(ctx, yearRange(year - 1, kind));
  const [t, p, months, top, h, people, genres] = await Promise.all([
    totals(ctx),
    totals(previous),
    perMonth(ctx),
    topTitles(ctx),
    highlights(ctx.with),
    newPeople(ctx),
    genreMix(ctx.userId, year, kind),
  ]);
  return { year, totals: t, previousTotals: p, months, topTitles: top, ...h, newPeople: people, genres };
}

/** The years with dated viewings, newest first (for the year-in-review links). */
export async function reviewYears(userId: number): Promise<number[]> {
  const rows = await query<{ y: number }>(Prisma.sql`
    SELECT DISTINCT extract(year FROM watched_on)::int AS y FROM watches
    WHERE user_id = ${userId} AND deleted_at IS NULL AND watched_on IS NOT NULL AND date_precision <> 'unknown'
    ORDER BY 1 DESC`);
  return rows.map((r) => r.y);
}
