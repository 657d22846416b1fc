import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { parseCharacters } from './characters';
import { imdbTablesPresent } from './imdb-tables';
import { personName } from './people';
import { type WatchSummary, watchSummaries } from './watch-summary';

// One person: name_basics, their known-for titles, and every title of the local data that
// names them (title_principals and title_crew), each with what the user's journal says of it.
// Four queries, whatever the number of titles.

export interface PersonTitle {
  tconst: string;
  /** null when the title is not in the local data. */
  title: string | null;
  titleType: string | null;
  startYear: number | null;
  endYear: number | null;
  rating: number | null;
  votes: number | null;
  /** The user's viewings of it (soft-deleted ones left out), or null when never watched. */
  watch: WatchSummary | null;
}

export interface PersonRole {
  /** IMDb's category (actor, director, writer, producer, …). */
  category: string;
  job: string | null;
  characters: string[];
}

export interface PersonCredit extends PersonTitle {
  roles: PersonRole[];
}

export interface PersonDetails {
  nconst: string;
  /** IMDb's name, else the name an import gave (see people.ts), else null. */
  name: string | null;
  /** Whether name_basics holds the person (they may still be named by titles and imports). */
  listed: boolean;
  birthYear: number | null;
  deathYear: number | null;
  professions: string[];
  /** IMDb's known-for titles, in its order; those outside the local data have `title: null`. */
  knownFor: PersonTitle[];
  /** Their titles in the local data, newest first. */
  credits: PersonCredit[];
  /** How many of their titles the user has watched. */
  seenCount: number;
}

interface NameRow {
  listed: boolean;
  name: string | null;
  birth_year: number | null;
  death_year: number | null;
  primary_profession: string[] | null;
}

interface TitleRow {
  tconst: string;
  title: string | null;
  title_type: string | null;
  start_year: number | null;
  end_year: number | null;
  rating: number | null;
  votes: number | null;
}

interface CreditRow extends TitleRow {
  roles: { category: string; job: string | null; characters: string | null }[];
}

/** The person and their titles, or null when the data knows nothing of `nconst`. */
export async function getPersonDetails(nconst: string, userId: number): Promise<PersonDetails | null> {
  if (!(await imdbTablesPresent())) return null;
  const [names, knownRows, creditRows] = await Promise.all([
    db().$queryRaw<NameRow[]>`
      SELECT n.nconst IS NOT NULL AS listed, ${personName(Prisma.sql`${nconst}`, userId)} AS name,
             n.birth_year, n.death_year, n.primary_profession
      FROM (VALUES (1)) AS one(x) LEFT JOIN imdb.name_basics n ON n.nconst = ${nconst}`,
    db().$queryRaw<TitleRow[]>`
      SELECT k.tconst, b.primary_title AS title, b.title_type, b.start_year, b.end_year,
             r.average_rating::float8 AS rating, r.num_votes AS votes
      FROM imdb.name_basics n
      CROSS JOIN LATERAL unnest(n.known_for_titles) WITH ORDINALITY AS k(tconst, ord)
      LEFT JOIN imdb.title_basics b ON b.tconst = k.tconst
      LEFT JOIN imdb.title_ratings r ON r.tconst = k.tconst
      WHERE n.nconst = ${nconst}
      ORDER BY k.ord`,
    db().$queryRaw<CreditRow[]>`
      WITH credits AS (
        SELECT tconst, category, job, characters, ordering FROM imdb.title_principals WHERE nconst = ${nconst}
        UNION ALL
        SELECT tconst, 'director', NULL, NULL, NULL FROM imdb.title_crew WHERE directors @> ARRAY[${nconst}]::text[]
        UNION ALL
        SELECT tconst, 'writer', NULL, NULL, NULL FROM imdb.title_crew WHERE writers @> ARRAY[${nconst}]::text[]
      ), grouped AS (
        SELECT tconst,
               json_agg(json_build_object('category', category, 'job', job, 'characters', characters)
                        ORDER BY ordering NULLS LAST) AS roles
        FROM credits GROUP BY tconst
      )
      SELECT g.tconst, b.primary_title AS title, b.title_type, b.start_year, b.end_year,
             r.average_rating::float8 AS rating, r.num_votes AS votes, g.roles
      FROM grouped g
      LEFT JOIN imdb.title_basics b ON b.tconst = g.tconst
      LEFT JOIN imdb.title_ratings r ON r.tconst = g.tconst
      ORDER BY b.start_year DESC NULLS LAST, g.tconst DESC`,
  ]);
  const person = names[0];
  if (!person.listed && creditRows.length === 0) return null;

  const watches = await watchSummaries(
    userId,
    [...knownRows, ...creditRows].map((r) => r.tconst),
  );
  const titleOf = (r: TitleRow): PersonTitle => ({
    tconst: r.tconst,
    title: r.title,
    titleType: r.title_type,
    startYear: r.start_year,
    endYear: r.end_year,
    rating: r.rating,
    votes: r.votes,
    watch: watches.get(r.tconst) ?? null,
  });
  const credits = creditRows.map((r) => ({ ...titleOf(r), roles: mergeRoles(r.roles) }));
  return {
    nconst,
    name: person.name,
    listed: person.listed,
    birthYear: person.birth_year,
    deathYear: person.death_year,
    professions: person.primary_profession ?? [],
    knownFor: knownRows.map(titleOf),
    credits,
    seenCount: credits.filter((c) => c.watch).length,
  };
}

/** One role per category: a director in both the crew list and the principals is one director. */
function mergeRoles(raw: CreditRow['roles']): PersonRole[] {
  const roles: PersonRole[] = [];
  for (const r of raw) {
    const characters = parseCharacters(r.characters);
    const same = roles.find((x) => x.category === r.category);
    if (!same) {
      roles.push({ category: r.category, job: r.job, characters });
      continue;
    }
    same.job ??= r.job;
    for (const c of characters) if (!same.characters.includes(c)) same.characters.push(c);
  }
  return roles;
}
