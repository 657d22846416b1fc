import 'server-only';
import { Prisma } from '../db/generated/client';
import { query, type StatsContext } from './sql';
import type { PeopleFigure, PersonFigure, PersonRole } from './types';

// Favourite people per role: by titles seen and by average grade. A person's grade ranking
// needs MINIMUM graded titles, and their average is pulled toward your overall mean as if
// PRIOR_WEIGHT more titles had your mean grade — so one 10/10 film does not top the list.

export const MINIMUM = 3;
export const PRIOR_WEIGHT = 3;
export const PEOPLE_SHOWN = 10;

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

/** How many films (type movie) of `nconst` in `role` the user has never logged. */
function unseenFilms(role: PersonRole, userId: number): Prisma.Sql {
  const column = CREW[role];
  const crew = column
    ? Prisma.sql`UNION SELECT c.tconst FROM imdb.title_crew c WHERE c.${column} @> ARRAY[t.nconst]`
    : Prisma.empty;
  return Prisma.sql`(SELECT count(*)::int FROM (
      SELECT tp.tconst FROM imdb.title_principals tp
      WHERE tp.nconst = t.nconst AND tp.category = ANY (${CATEGORIES[role]}::text[]) ${crew}) theirs
    JOIN imdb.title_basics tb ON tb.tconst = theirs.tconst AND tb.title_type = 'movie'
    WHERE NOT EXISTS (SELECT 1 FROM watches uw
      WHERE uw.user_id = ${userId} AND uw.tconst = theirs.tconst AND uw.deleted_at IS NULL))`;
}

/** A person's name from imdb.name_basics (NULL without the IMDb tables). */
export function nameOf(nconst: Prisma.Sql, imdb: boolean): Prisma.Sql {
  return imdb
    ? Prisma.sql`(SELECT n.primary_name FROM imdb.name_basics n WHERE n.nconst = ${nconst})`
    : Prisma.sql`NULL::text`;
}

interface Row {
  nconst: string;
  name: string | null;
  titles: number;
  graded: number;
  avg: number | null;
  score: number | null;
  unseen: number;
  by_titles: number;
  by_grade: number | null;
  mean: number | null;
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
  const rows = await query<Row>(Prisma.sql`${ctx.with},
    seen AS (SELECT tconst, avg(grade) AS g FROM v GROUP BY tconst),
    credits AS (SELECT c.tconst, c.nconst FROM stats_credits c
      WHERE c.user_id = ${ctx.userId} AND c.role = ${role} AND c.tconst IN (SELECT tconst FROM seen)),
    mean AS (SELECT avg(g) AS m FROM seen),
    per AS (SELECT c.nconst, count(*)::int AS titles, count(s.g)::int AS graded, avg(s.g) AS avg, sum(s.g) AS total
      FROM credits c JOIN seen s USING (tconst) GROUP BY c.nconst),
    ranked AS (SELECT per.*, mean.m AS mean,
        CASE WHEN graded > 0 THEN (total + ${PRIOR_WEIGHT} * mean.m) / (graded + ${PRIOR_WEIGHT}) END AS score,
        row_number() OVER (ORDER BY titles DESC, avg DESC NULLS LAST, nconst) AS by_titles,
        CASE WHEN graded >= ${MINIMUM} THEN row_number() OVER (
          ORDER BY graded >= ${MINIMUM} DESC, (total + ${PRIOR_WEIGHT} * mean.m) / (graded + ${PRIOR_WEIGHT}) DESC NULLS LAST,
            graded DESC, nconst) END AS by_grade
      FROM per, mean),
    t AS (SELECT * FROM ranked WHERE by_titles <= ${PEOPLE_SHOWN} OR by_grade <= ${PEOPLE_SHOWN})
    SELECT t.nconst, ${nameOf(Prisma.sql`t.nconst`, true)} AS name, t.titles, t.graded, t.avg::float8 AS avg, t.score::float8 AS score,
      t.by_titles::int AS by_titles, t.by_grade::int AS by_grade, t.mean::float8 AS mean,
      ${unseenFilms(role, ctx.userId)} AS unseen
    FROM t`);
  const person = (r: Row): PersonFigure => ({
    nconst: r.nconst,
    name: r.name,
    titles: r.titles,
    graded: r.graded,
    averageGrade: r.avg,
    score: r.score,
    unseen: r.unseen,
  });
  return {
    ...empty,
    mean: rows[0]?.mean ?? null,
    byTitles: rows
      .filter((r) => r.by_titles <= PEOPLE_SHOWN)
      .sort((a, b) => a.by_titles - b.by_titles)
      .map(person),
    byGrade: rows
      .filter((r) => r.by_grade !== null && r.by_grade <= PEOPLE_SHOWN)
      .sort((a, b) => (a.by_grade ?? 0) - (b.by_grade ?? 0))
      .map(person),
  };
}
