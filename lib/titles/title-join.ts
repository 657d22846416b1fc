import { Prisma } from '../db/generated/client';

// "A row's title", written once: the joins and columns of every query that shows a viewing's or
// a watchlist entry's title (diary, title pages, watchlist, statistics, picks, exports). The
// datasets win; a provisional title (from IMDb's website, an import or a media server) fills in
// each column they lack with what its source told.

const NO_BASICS = Prisma.raw(`(SELECT NULL::text AS tconst, NULL::text AS title_type, NULL::text AS primary_title,
  NULL::text AS original_title, NULL::int AS start_year, NULL::int AS end_year, NULL::int AS runtime_minutes,
  NULL::text[] AS genres WHERE false)`);
const NO_RATINGS = Prisma.raw(
  '(SELECT NULL::text AS tconst, NULL::numeric AS average_rating, NULL::int AS num_votes WHERE false)',
);

/**
 * The joins `b` (basics), `r` (ratings) and `p` (provisional, only where `b` lacks the title) for
 * the rows `alias`, which have a tconst; `owner` is whose provisional titles count (default: the
 * rows' user_id). `imdb`: whether the imdb.* tables exist (see imdb-tables.ts).
 */
export function titleJoins(alias: string, imdb: boolean, owner?: Prisma.Sql): Prisma.Sql {
  const a = Prisma.raw(alias);
  const user = owner ?? Prisma.sql`${a}.user_id`;
  return Prisma.sql`LEFT JOIN ${imdb ? Prisma.raw('imdb.title_basics') : NO_BASICS} b ON b.tconst = ${a}.tconst
    LEFT JOIN ${imdb ? Prisma.raw('imdb.title_ratings') : NO_RATINGS} r ON r.tconst = ${a}.tconst
    LEFT JOIN provisional_titles p ON p.user_id = ${user} AND p.tconst = ${a}.tconst AND b.tconst IS NULL`;
}

/** Each fact of the title, over the joins of titleJoins. */
export const TITLE = {
  title: Prisma.sql`coalesce(b.primary_title, p.title)`,
  originalTitle: Prisma.sql`coalesce(b.original_title, p.original_title)`,
  year: Prisma.sql`coalesce(b.start_year, p.year)`,
  endYear: Prisma.sql`b.end_year`,
  type: Prisma.sql`coalesce(b.title_type, p.title_type)`,
  genres: Prisma.sql`coalesce(b.genres, p.genres, '{}'::text[])`,
  runtime: Prisma.sql`coalesce(b.runtime_minutes, p.runtime_minutes)`,
  rating: Prisma.sql`coalesce(r.average_rating, p.average_rating)::float8`,
  votes: Prisma.sql`coalesce(r.num_votes, p.num_votes)`,
  /** Director names as an import file gave them (the datasets' directors are in title_crew). */
  provisionalDirectors: Prisma.sql`coalesce(p.directors, '{}'::text[])`,
  /** Where a provisional title came from ('imdb-web', 'import', 'plex', …); null for the datasets'. */
  provisionalSource: Prisma.sql`p.source`,
};

/**
 * The series an episode belongs to (IMDb's title_episode), or NULL: for the rows `alias`, which
 * have a tconst. Provisional titles know no series.
 */
export function parentSeries(alias: string, imdb: boolean): Prisma.Sql {
  if (!imdb) return Prisma.sql`NULL::text`;
  return Prisma.sql`(SELECT e.parent_tconst FROM imdb.title_episode e WHERE e.tconst = ${Prisma.raw(alias)}.tconst)`;
}

/** The names of the title's directors: IMDb's crew, else what the provisional source gave. */
function directorNames(imdb: boolean): Prisma.Sql {
  if (!imdb) return TITLE.provisionalDirectors;
  // One index lookup per director: a page of the diary never scans the names.
  return Prisma.sql`coalesce((SELECT array_remove(ARRAY(
      SELECT (SELECT n.primary_name FROM imdb.name_basics n WHERE n.nconst = d.nconst)
        FROM unnest(c.directors) WITH ORDINALITY AS d(nconst, ord) ORDER BY d.ord), NULL)
    FROM imdb.title_crew c WHERE c.tconst = b.tconst), ${TITLE.provisionalDirectors})`;
}

/** The title's facts as columns, named as TitleColumns says (`imdb` as for titleJoins). */
export function titleColumns(imdb: boolean): Prisma.Sql {
  return Prisma.sql`${TITLE.title} AS title, ${TITLE.originalTitle} AS original_title,
  ${TITLE.year} AS year, ${TITLE.endYear} AS end_year, ${TITLE.type} AS type, ${TITLE.genres} AS genres,
  ${TITLE.runtime} AS runtime_minutes, ${TITLE.rating} AS rating, ${TITLE.votes} AS votes,
  ${directorNames(imdb)} AS directors, ${TITLE.provisionalSource} AS provisional_source`;
}

/** A row of titleColumns. */
export interface TitleColumns {
  title: string | null;
  original_title: string | null;
  year: number | null;
  end_year: number | null;
  type: string | null;
  genres: string[];
  runtime_minutes: number | null;
  rating: number | null;
  votes: number | null;
  directors: string[];
  provisional_source: string | null;
}

/** The same facts as plain values, for the journal's entries and pages. */
export interface TitleFacts {
  title: string | null;
  originalTitle: string | null;
  year: number | null;
  endYear: number | null;
  type: string | null;
  genres: string[];
  runtimeMinutes: number | null;
  rating: number | null;
  votes: number | null;
  /** Director names, in IMDb's order (or as a provisional title's source gave them). */
  directors: string[];
  /** Known only from a provisional source so far ('imdb-web', 'import', …): the next dataset load supersedes it. */
  provisionalSource: string | null;
}

export function titleFacts(row: TitleColumns): TitleFacts {
  return {
    title: row.title,
    originalTitle: row.original_title,
    year: row.year,
    endYear: row.end_year,
    type: row.type,
    genres: row.genres,
    runtimeMinutes: row.runtime_minutes,
    rating: row.rating === null ? null : Number(row.rating),
    votes: row.votes,
    directors: row.directors,
    provisionalSource: row.provisional_source,
  };
}
