import 'server-only';
import { Prisma } from '../db/generated/client';
import { SERIES_AND_EPISODE_TYPES } from '../titles/types';

// stats_people: the all-time figures of each person in each role, films and series apart, so
// that the all-time people figures and totals read a few thousand rows instead of aggregating
// every credit. Derived from stats_credits, for all of a user's people or only those touched.

export interface PersonKey {
  role: string;
  nconst: string;
}

/** The people credited on the viewings `ids` (as the facts hold them now). */
export function peopleOf(tx: Prisma.TransactionClient, ids: number[]): Promise<PersonKey[]> {
  return tx.$queryRaw<
    PersonKey[]
  >`SELECT DISTINCT role, nconst FROM stats_credits WHERE watch_id = ANY (${ids}::int[])`;
}

/** Re-derives the user's stats_people rows: all of them, or those of `people`. */
export async function derivePeople(
  tx: Prisma.TransactionClient,
  userId: number,
  people: PersonKey[] | null,
): Promise<void> {
  if (people && !people.length) return;
  const only = people
    ? Prisma.sql`AND (role, nconst) IN (SELECT * FROM unnest(${people.map((p) => p.role)}::text[],
        ${people.map((p) => p.nconst)}::text[]))`
    : Prisma.empty;
  await tx.$executeRaw`DELETE FROM stats_people WHERE user_id = ${userId} ${only}`;
  // A title counts once per person, with the average grade of its viewings (as the figures do).
  await tx.$executeRaw`
    INSERT INTO stats_people (user_id, role, nconst, series, titles, graded, grade_sum, films)
    SELECT ${userId}, role, nconst, series, count(*)::int, count(g)::int, coalesce(sum(g), 0),
      (count(*) FILTER (WHERE type = 'movie'))::int
    FROM (SELECT role, nconst, tconst, type, coalesce(type = ANY (${SERIES_AND_EPISODE_TYPES}::text[]), false) AS series,
        avg(grade) AS g
      FROM stats_credits WHERE user_id = ${userId} ${only} GROUP BY role, nconst, tconst, type) x
    GROUP BY role, nconst, series`;
}
