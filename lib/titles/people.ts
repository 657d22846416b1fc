import { Prisma } from '../db/generated/client';

// A person's name, written once for every query that shows people (title pages, person pages,
// statistics, picks, the diary's filter). IMDb's name list wins; a person it lacks may still be
// named by an import: IMDb's exports give a title's directors by name, kept on the user's
// provisional title, and matched to the crew's nconsts by position when both lists are as long.
// Null when neither knows: the screens then say "name not loaded" (personLabel in format.ts).

/**
 * The name of the person `nconst` (an SQL expression), from imdb.name_basics or else from the
 * directors that `userId`'s imports gave (none when `userId` is null). Needs the imdb.* tables.
 */
export function personName(nconst: Prisma.Sql, userId: Prisma.Sql | number | null): Prisma.Sql {
  // Aliases of their own: `nconst` is an expression over the caller's aliases (p, c, n…).
  const listed = Prisma.sql`(SELECT pn_n.primary_name FROM imdb.name_basics pn_n WHERE pn_n.nconst = ${nconst})`;
  if (userId === null) return listed;
  return Prisma.sql`coalesce(${listed}, (SELECT pn_p.directors[pn_d.ord]
      FROM imdb.title_crew pn_c
      CROSS JOIN LATERAL unnest(pn_c.directors) WITH ORDINALITY AS pn_d(nconst, ord)
      JOIN provisional_titles pn_p ON pn_p.user_id = ${userId} AND pn_p.tconst = pn_c.tconst
     WHERE pn_c.directors @> ARRAY[${nconst}]::text[] AND pn_d.nconst = ${nconst}
       AND cardinality(pn_p.directors) = cardinality(pn_c.directors)
     ORDER BY pn_p.tconst LIMIT 1))`;
}
