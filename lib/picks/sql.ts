import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { personName } from '../titles/people';
import { parentSeries, TITLE, titleJoins } from '../titles/title-join';

// Every SQL statement of the picks, in one place. Not server-only: the picks CLI, recs:eval and
// the benchmark run it under plain Node. The imdb.* tables exist only once the ETL has run
// (lib/titles/imdb-tables.ts); without them there are no candidates.

/** The latest grade of each title the user graded (viewings that are not deleted), or of `only` those titles. */
export function latestGrades(userId: number, only: string[] | null = null) {
  return db().$queryRaw<{ tconst: string; grade: number; rated_on: string | null }[]>`
    SELECT DISTINCT ON (tconst) tconst, grade::float8 AS grade, to_char(watched_on, 'YYYY-MM-DD') AS rated_on
    FROM watches
    WHERE user_id = ${userId} AND deleted_at IS NULL AND grade IS NOT NULL
      AND (${only}::text[] IS NULL OR tconst = ANY(${only}::text[]))
    ORDER BY tconst, watched_on DESC NULLS LAST, id DESC`;
}

/** Changes whenever the user's grades may have: viewings added, edited or deleted. */
export async function gradesFingerprint(userId: number): Promise<string> {
  const [row] = await db().$queryRaw<{ n: number; latest: Date | null }[]>`
    SELECT count(*)::int AS n, max(greatest(updated_at, deleted_at)) AS latest FROM watches WHERE user_id = ${userId}`;
  return `${row?.n ?? 0}:${row?.latest?.toISOString() ?? ''}`;
}

/** Titles the user has watched (any viewing that is not deleted) or dismissed. */
export async function excludedTitles(userId: number): Promise<Set<string>> {
  const rows = await db().$queryRaw<{ tconst: string }[]>`
    SELECT tconst FROM watches WHERE user_id = ${userId} AND deleted_at IS NULL
    UNION SELECT tconst FROM pick_dismissals WHERE user_id = ${userId}`;
  return new Set(rows.map((r) => r.tconst));
}

export async function watchlistTitles(userId: number): Promise<string[]> {
  const rows = await db().$queryRaw<{ tconst: string }[]>`SELECT tconst FROM watchlist WHERE user_id = ${userId}`;
  return rows.map((r) => r.tconst);
}

export interface TitleRow {
  tconst: string;
  title: string | null;
  year: number | null;
  runtime_minutes: number | null;
  title_type: string | null;
  genres: string[] | null;
  rating: number | null;
  votes: number | null;
  parent: string | null;
  provisional_directors: string[] | null;
}

/** `userId`: whose provisional titles fill in (null: the IMDb tables alone). */
export function titleRows(tconsts: string[], imdb: boolean, userId: number | null) {
  return db().$queryRaw<TitleRow[]>`
    SELECT t.tconst, ${TITLE.title} AS title, ${TITLE.year} AS year, ${TITLE.runtime} AS runtime_minutes,
           ${TITLE.type} AS title_type, ${TITLE.genres} AS genres, ${TITLE.rating} AS rating, ${TITLE.votes} AS votes,
           ${parentSeries('t', imdb)} AS parent, ${TITLE.provisionalDirectors} AS provisional_directors
    FROM unnest(${tconsts}::text[]) AS t(tconst) ${titleJoins('t', imdb, Prisma.sql`${userId}::int`)}
    WHERE b.tconst IS NOT NULL OR p.tconst IS NOT NULL`;
}

export interface CreditRow {
  tconst: string;
  role: 'director' | 'writer' | 'cast' | 'composer';
  nconst: string;
  name: string | null;
}

/** Directors, the first writers, the leading cast and the composers of titles (two statements, run side by side);
 * names as lib/titles/people.ts gives them, with the names `userId`'s imports gave (null: none). */
export async function creditRows(tconsts: string[], userId: number | null): Promise<CreditRow[]> {
  const [crew, principals] = await Promise.all([
    db().$queryRaw<CreditRow[]>`
      SELECT c.tconst, x.role, x.nconst, ${personName(Prisma.sql`x.nconst`, userId)} AS name
      FROM imdb.title_crew c
      CROSS JOIN LATERAL (
        SELECT 'director' AS role, d.nconst FROM unnest(c.directors) WITH ORDINALITY AS d(nconst, ord)
        UNION ALL
        SELECT 'writer', w.nconst FROM unnest(c.writers) WITH ORDINALITY AS w(nconst, ord) WHERE w.ord <= 4
      ) x
      WHERE c.tconst = ANY(${tconsts}::text[])`,
    db().$queryRaw<CreditRow[]>`
      SELECT p.tconst, CASE WHEN p.category = 'composer' THEN 'composer' ELSE 'cast' END AS role, p.nconst,
             ${personName(Prisma.sql`p.nconst`, userId)} AS name
      FROM imdb.title_principals p
      WHERE p.tconst = ANY(${tconsts}::text[])
        AND (p.category = 'composer' OR (p.category IN ('actor', 'actress') AND p.ordering <= 6))`,
  ]);
  return crew.concat(principals);
}

export interface CandidateRow {
  tconst: string;
  score: number;
}

/**
 * The best films by IMDb's vote-weighted (Bayesian) rating among those in any of `genres` (all films
 * when there are none):
 * rating × v/(v+m) + prior × m/(v+m), so that a 9.0 from 1,200 votes does not outrank an 8.5 from
 * a million.
 */
export function bestInGenres(genres: string[], types: string[], minVotes: number, limit: number) {
  return db().$queryRaw<CandidateRow[]>`
    SELECT r.tconst,
           (r.average_rating * r.num_votes + 6.5 * 25000) / (r.num_votes + 25000)::float8 AS score
    FROM imdb.title_ratings r
    JOIN imdb.title_basics b ON b.tconst = r.tconst
    WHERE r.num_votes >= ${minVotes} AND b.title_type = ANY(${types}::text[]) AND (cardinality(${genres}::text[]) = 0 OR b.genres && ${genres}::text[])
      AND NOT b.is_adult
    ORDER BY score DESC
    LIMIT ${limit}`;
}

/** Titles of `types` that `nconsts` directed, wrote or appear in, with at least `minVotes` votes. */
export function filmsOf(nconsts: string[], types: string[], minVotes: number) {
  return db().$queryRaw<CandidateRow[]>`
    WITH credited AS (
      SELECT tconst FROM imdb.title_crew WHERE directors && ${nconsts}::text[] OR writers && ${nconsts}::text[]
      UNION
      SELECT tconst FROM imdb.title_principals WHERE nconst = ANY(${nconsts}::text[])
    )
    SELECT r.tconst, r.average_rating::float8 AS score
    FROM credited c
    JOIN imdb.title_ratings r ON r.tconst = c.tconst
    JOIN imdb.title_basics b ON b.tconst = c.tconst
    WHERE r.num_votes >= ${minVotes} AND b.title_type = ANY(${types}::text[]) AND NOT b.is_adult`;
}

// The stored model is a few MB of JSON: it travels as text (Prisma's Json handling of a value
// this size costs far more memory than the value).

export async function saveGradeModel(userId: number, fingerprint: string, json: string): Promise<void> {
  await db().$executeRaw`
    INSERT INTO grade_models (user_id, fingerprint, model, trained_at)
    VALUES (${userId}, ${fingerprint}, ${json}::jsonb, now())
    ON CONFLICT (user_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, model = EXCLUDED.model,
      trained_at = EXCLUDED.trained_at`;
}

export async function loadGradeModel(userId: number) {
  const [row] = await db().$queryRaw<{ fingerprint: string; trained_at: Date; model: string }[]>`
    SELECT fingerprint, trained_at, model::text AS model FROM grade_models WHERE user_id = ${userId}`;
  return row ?? null;
}
