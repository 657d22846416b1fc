import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';

// A stand-in for lib/search's searchTitles (same signature and result), used by the search
// page until lib/search lands: a plain accent- and case-insensitive substring match on the
// primary and original titles, best-known first. Replace the import with lib/search's.

export interface TitleSearchResult {
  tconst: string;
  title: string;
  originalTitle: string | null;
  year: number | null;
  endYear: number | null;
  type: string;
  runtimeMinutes: number | null;
  genres: string[];
  rating: number | null;
  votes: number | null;
  directors: string[];
  matchedAka: string | null;
  inJournal: boolean;
  onWatchlist: boolean;
}

export interface SearchTitlesOptions {
  userId?: number;
  types?: string[];
  yearFrom?: number;
  yearTo?: number;
  limit?: number;
}

async function tablesPresent(): Promise<boolean> {
  const [row] = await db().$queryRaw<{ ok: boolean }[]>`
    SELECT to_regclass('imdb.title_basics') IS NOT NULL AND to_regclass('imdb.title_ratings') IS NOT NULL
       AND to_regclass('imdb.title_crew') IS NOT NULL AND to_regclass('imdb.name_basics') IS NOT NULL AS ok`;
  return Boolean(row?.ok);
}

export async function searchTitles(query: string, options: SearchTitlesOptions = {}): Promise<TitleSearchResult[]> {
  const term = query.replace(/\s+/g, ' ').trim();
  if (term === '' || !(await tablesPresent())) return [];
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const userId = options.userId ?? 0;
  const filters: Prisma.Sql[] = [];
  if (options.types?.length) filters.push(Prisma.sql`AND b.title_type = ANY(${options.types}::text[])`);
  if (options.yearFrom) filters.push(Prisma.sql`AND b.start_year >= ${options.yearFrom}::int`);
  if (options.yearTo) filters.push(Prisma.sql`AND b.start_year <= ${options.yearTo}::int`);
  const rows = await db().$queryRaw<
    {
      tconst: string;
      title: string;
      original_title: string | null;
      year: number | null;
      end_year: number | null;
      type: string;
      runtime_minutes: number | null;
      genres: string[] | null;
      rating: number | null;
      votes: number | null;
      directors: string[] | null;
      in_journal: boolean;
      on_watchlist: boolean;
    }[]
  >`
    SELECT b.tconst, b.primary_title AS title, b.original_title, b.start_year AS year, b.end_year,
           b.title_type AS type, b.runtime_minutes, b.genres, r.average_rating::float8 AS rating, r.num_votes AS votes,
           ARRAY(SELECT n.primary_name FROM unnest(c.directors) WITH ORDINALITY AS d(nconst, i)
                 JOIN imdb.name_basics n ON n.nconst = d.nconst ORDER BY d.i LIMIT 3) AS directors,
           EXISTS (SELECT 1 FROM watches w WHERE w.user_id = ${userId} AND w.tconst = b.tconst AND w.deleted_at IS NULL) AS in_journal,
           EXISTS (SELECT 1 FROM watchlist l WHERE l.user_id = ${userId} AND l.tconst = b.tconst) AS on_watchlist
    FROM imdb.title_basics b
    LEFT JOIN imdb.title_ratings r ON r.tconst = b.tconst
    LEFT JOIN imdb.title_crew c ON c.tconst = b.tconst
    WHERE (unaccent(lower(b.primary_title)) LIKE unaccent(lower(${pattern}))
       OR unaccent(lower(b.original_title)) LIKE unaccent(lower(${pattern})))
      ${filters.length ? Prisma.join(filters, ' ') : Prisma.empty}
    ORDER BY (unaccent(lower(b.primary_title)) = unaccent(lower(${term}))) DESC, r.num_votes DESC NULLS LAST, b.tconst
    LIMIT ${limit}`;
  return rows.map((r) => ({
    tconst: r.tconst,
    title: r.title,
    originalTitle: r.original_title,
    year: r.year,
    endYear: r.end_year,
    type: r.type,
    runtimeMinutes: r.runtime_minutes,
    genres: r.genres ?? [],
    rating: r.rating,
    votes: r.votes,
    directors: r.directors ?? [],
    matchedAka: null,
    inJournal: r.in_journal,
    onWatchlist: r.on_watchlist,
  }));
}
