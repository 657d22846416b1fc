import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { personName } from '../titles/people';
import { allTimePeopleIn, creditsIn, query, queryWithoutJit, type StatsContext } from './sql';
import type { PeopleFigure, PersonFigure, PersonRole } from './types';

// Favourite people per role: by titles seen and by average grade. A person's grade ranking
// needs MINIMUM graded titles, and their average is pulled toward your overall mean as if
// PRIOR_WEIGHT more titles had your mean grade — so one 10/10 film does not top the list.

const MINIMUM = 3;
const PRIOR_WEIGHT = 3;
const PEOPLE_SHOWN = 10;

export const PERSON_ROLES: readonly PersonRole[] = ['directors', 'writers', 'actors', 'composers', 'cinematographers'];

const CATEGORIES: Record<PersonRole, string[]> = {
  directors: ['director'],
  writers: ['writer'],
  actors: ['actor', 'actress'],
  composers: ['composer'],
  cinematographers: ['cinematographer'],
};

/** title_crew's column for the roles it lists (principals only has the first few crew of a title). */
const CREW: Partial<Record<PersonRole, Prisma.Sql>> = {
  directors: Prisma.raw('directors'),
  writers: Prisma.raw('writers'),
};

/** `(tconst, nconst)`: who had `role` on the titles `titles` (a subquery of tconsts), from the IMDb tables. */
export function creditsOf(role: PersonRole, titles: Prisma.Sql): Prisma.Sql {
  const principals = Prisma.sql`SELECT tp.tconst, tp.nconst FROM imdb.title_principals tp
    WHERE tp.tconst IN (${titles}) AND tp.category = ANY (${CATEGORIES[role]}::text[])`;
  const column = CREW[role];
  if (!column) return principals;
  return Prisma.sql`${principals} UNION
    SELECT c.tconst, unnest(c.${column}) FROM imdb.title_crew c WHERE c.tconst IN (${titles})`;
}

/** How many films (type movie) `theirs.nconst` has in `role`, from the IMDb tables. */
function filmsOf(role: PersonRole): Prisma.Sql {
  const column = CREW[role];
  const crew = column
    ? Prisma.sql`UNION SELECT c.tconst FROM imdb.title_crew c WHERE c.${column} @> ARRAY[m.nconst]`
    : Prisma.empty;
  return Prisma.sql`(SELECT count(*)::int FROM (
      SELECT tp.tconst FROM imdb.title_principals tp
      WHERE tp.nconst = m.nconst AND tp.category = ANY (${CATEGORIES[role]}::text[]) ${crew}) theirs
    JOIN imdb.title_basics tb ON tb.tconst = theirs.tconst AND tb.title_type = 'movie')`;
}

/**
 * Films per person in `role` for `nconsts`. Counting a prolific person's films reads thousands
 * of rows, so each count is kept in stats_person_films for the current generation of the IMDb
 * tables (their identity changes when the ETL swaps in new ones; older counts are dropped).
 */
async function filmCounts(role: PersonRole, nconsts: string[]): Promise<Map<string, number>> {
  if (!nconsts.length) return new Map();
  const rows = await query<{ nconst: string | null; films: number | null; g: string }>(Prisma.sql`
    WITH gen AS (SELECT concat_ws('.', to_regclass('imdb.title_basics')::oid, to_regclass('imdb.title_crew')::oid,
        to_regclass('imdb.title_principals')::oid) AS g)
    SELECT f.nconst, f.films, gen.g FROM gen LEFT JOIN stats_person_films f
      ON f.generation = gen.g AND f.role = ${role} AND f.nconst = ANY (${nconsts}::text[])`);
  const counts = new Map(rows.filter((r) => r.nconst !== null).map((r) => [r.nconst as string, r.films as number]));
  const missing = nconsts.filter((n) => !counts.has(n));
  if (!missing.length) return counts;
  const generation = rows[0].g;
  // The planner's estimate for counting a person's films is large enough to start JIT
  // compilation, which costs more than the count itself.
  const added = await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL jit = off`;
      await tx.$executeRaw`DELETE FROM stats_person_films WHERE generation <> ${generation}`;
      return tx.$queryRaw<{ nconst: string; films: number }[]>`
        INSERT INTO stats_person_films (generation, role, nconst, films)
        SELECT ${generation}, ${role}, m.nconst, ${filmsOf(role)} FROM unnest(${missing}::text[]) AS m(nconst)
        ON CONFLICT DO NOTHING RETURNING nconst, films`;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  for (const r of added) counts.set(r.nconst, r.films);
  return counts;
}

/** A person's name (lib/titles/people.ts; with `userId`, also the names their imports gave), NULL without the IMDb tables. */
export function nameOf(nconst: Prisma.Sql, imdb: boolean, userId: number | null = null): Prisma.Sql {
  return imdb ? personName(nconst, userId) : Prisma.sql`NULL::text`;
}

/** Per person in `role`: titles seen, graded, the average and the sum of the titles' grades. */
function perPerson(ctx: StatsContext, role: PersonRole): Prisma.Sql {
  const allTime = allTimePeopleIn(ctx, role);
  if (allTime) {
    return Prisma.sql`SELECT nconst, sum(titles)::int AS titles, sum(graded)::int AS graded,
      sum(grade_sum) / nullif(sum(graded), 0) AS avg, sum(grade_sum) AS total
      FROM stats_people w WHERE ${allTime} GROUP BY nconst`;
  }
  return Prisma.sql`SELECT nconst, count(*)::int AS titles, count(g)::int AS graded, avg(g) AS avg, sum(g) AS total
    FROM (SELECT w.nconst, w.tconst, avg(w.grade) AS g FROM stats_credits w
      WHERE ${creditsIn(ctx, [role])} GROUP BY w.nconst, w.tconst) per_title GROUP BY nconst`;
}

interface Row {
  nconst: string;
  name: string | null;
  titles: number;
  graded: number;
  avg: number | null;
  score: number | null;
  seen_films: number;
  by_titles: number | null;
  by_grade: number | null;
}

const means = new WeakMap<StatsContext, Promise<number | null>>();

/** Your mean grade over the titles of the range (each title's average), once per context. */
function meanGrade(ctx: StatsContext): Promise<number | null> {
  let mean = means.get(ctx);
  if (!mean) {
    mean = query<{ m: number | null }>(Prisma.sql`${ctx.with}
      SELECT avg(g)::float8 AS m FROM (SELECT avg(grade) AS g FROM v GROUP BY tconst) seen`).then((r) => r[0].m);
    means.set(ctx, mean);
  }
  return mean;
}

export async function favouritePeople(ctx: StatsContext, role: PersonRole): Promise<PeopleFigure> {
  const empty: PeopleFigure = {
    role,
    byTitles: [],
    byGrade: [],
    minimum: MINIMUM,
    priorWeight: PRIOR_WEIGHT,
    mean: null,
  };
  if (!ctx.imdb) return empty;
  const mean = await meanGrade(ctx);
  const rows = await queryWithoutJit<Row>(Prisma.sql`WITH per AS MATERIALIZED (${perPerson(ctx, role)}),
    scored AS MATERIALIZED (SELECT per.*,
        CASE WHEN graded > 0 THEN (total + ${PRIOR_WEIGHT} * ${mean}::float8) / (graded + ${PRIOR_WEIGHT}) END AS score
      FROM per),
    -- Two top-N sorts rather than ranking everyone: a big journal has thousands of people.
    by_titles AS (SELECT nconst, row_number() OVER (ORDER BY titles DESC, avg DESC NULLS LAST, nconst) AS n
      FROM (SELECT * FROM scored ORDER BY titles DESC, avg DESC NULLS LAST, nconst LIMIT ${PEOPLE_SHOWN}) x),
    by_grade AS (SELECT nconst, row_number() OVER (ORDER BY score DESC, graded DESC, nconst) AS n
      FROM (SELECT * FROM scored WHERE graded >= ${MINIMUM} ORDER BY score DESC, graded DESC, nconst
        LIMIT ${PEOPLE_SHOWN}) x),
    t AS (SELECT s.*, bt.n AS by_titles, bg.n AS by_grade
      FROM (SELECT nconst FROM by_titles UNION SELECT nconst FROM by_grade) top JOIN scored s USING (nconst)
      LEFT JOIN by_titles bt USING (nconst) LEFT JOIN by_grade bg USING (nconst))
    SELECT t.nconst, ${nameOf(Prisma.sql`t.nconst`, true, ctx.userId)} AS name, t.titles, t.graded, t.avg::float8 AS avg, t.score::float8 AS score,
      t.by_titles::int AS by_titles, t.by_grade::int AS by_grade,
      (SELECT coalesce(sum(sp.films), 0)::int FROM stats_people sp
        WHERE sp.user_id = ${ctx.userId} AND sp.role = ${role} AND sp.nconst = t.nconst) AS seen_films
    FROM t`);
  const films = await filmCounts(
    role,
    rows.map((r) => r.nconst),
  );
  const person = (r: Row): PersonFigure => ({
    nconst: r.nconst,
    name: r.name,
    titles: r.titles,
    graded: r.graded,
    averageGrade: r.avg,
    score: r.score,
    unseen: Math.max(0, (films.get(r.nconst) ?? r.seen_films) - r.seen_films),
  });
  return {
    ...empty,
    mean: rows.length ? mean : null,
    byTitles: rows
      .filter((r) => r.by_titles !== null)
      .sort((a, b) => (a.by_titles ?? 0) - (b.by_titles ?? 0))
      .map(person),
    byGrade: rows
      .filter((r) => r.by_grade !== null)
      .sort((a, b) => (a.by_grade ?? 0) - (b.by_grade ?? 0))
      .map(person),
  };
}
