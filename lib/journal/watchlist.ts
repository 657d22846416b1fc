import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';

// The titles a user means to watch: one entry per (user, title). Entries refer to titles by
// tconst only, like watches; their facts come from imdb.* (or provisional_titles) when read.

export const WATCHLIST_SORTS = ['added', 'rating', 'runtime', 'year'] as const;
export type WatchlistSort = (typeof WATCHLIST_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** The natural direction of each sort: newest added, best rated, shortest, newest year first. */
export const DEFAULT_ORDER: Record<WatchlistSort, SortOrder> = {
  added: 'desc',
  rating: 'desc',
  runtime: 'asc',
  year: 'desc',
};

export interface WatchlistItem {
  tconst: string;
  note: string | null;
  addedAt: Date;
  /** null when neither the datasets nor provisional_titles know the title. */
  title: string | null;
  titleType: string | null;
  startYear: number | null;
  endYear: number | null;
  runtimeMinutes: number | null;
  genres: string[];
  rating: number | null;
  votes: number | null;
  /** The user has watched it since (a watch that is not deleted). */
  seen: boolean;
}

export interface WatchlistEntryRecord {
  tconst: string;
  note: string | null;
  addedAt: Date;
}

/** Adds a title (once: adding it again changes nothing). `created` says whether it was new. */
export async function addToWatchlist(
  userId: number,
  tconst: string,
  note: string | null = null,
): Promise<{ created: boolean; entry: WatchlistEntryRecord }> {
  const { count } = await db().watchlistEntry.createMany({ data: [{ userId, tconst, note }], skipDuplicates: true });
  const entry = await db().watchlistEntry.findUniqueOrThrow({
    where: { userId_tconst: { userId, tconst } },
    select: { tconst: true, note: true, addedAt: true },
  });
  return { created: count === 1, entry };
}

/** Removes a title; false when it was not on the list. */
export async function removeFromWatchlist(userId: number, tconst: string): Promise<boolean> {
  const { count } = await db().watchlistEntry.deleteMany({ where: { userId, tconst } });
  return count > 0;
}

export async function isOnWatchlist(userId: number, tconst: string): Promise<boolean> {
  const entry = await db().watchlistEntry.findUnique({
    where: { userId_tconst: { userId, tconst } },
    select: { id: true },
  });
  return entry !== null;
}

export async function getWatchlistEntry(userId: number, tconst: string): Promise<WatchlistEntryRecord | null> {
  return db().watchlistEntry.findUnique({
    where: { userId_tconst: { userId, tconst } },
    select: { tconst: true, note: true, addedAt: true },
  });
}

interface ItemRow {
  tconst: string;
  note: string | null;
  added_at: Date;
  title: string | null;
  title_type: string | null;
  start_year: number | null;
  end_year: number | null;
  runtime_minutes: number | null;
  genres: string[] | null;
  rating: number | null;
  votes: number | null;
  seen: boolean;
}

const SORT_COLUMNS: Record<WatchlistSort, Prisma.Sql> = {
  added: Prisma.sql`added_at`,
  rating: Prisma.sql`rating`,
  runtime: Prisma.sql`runtime_minutes`,
  year: Prisma.sql`start_year`,
};

/** The user's watchlist with each title's facts, sorted; titles without the sort's value come last. */
export async function listWatchlist(
  userId: number,
  options: { sort?: WatchlistSort; order?: SortOrder } = {},
): Promise<WatchlistItem[]> {
  const sort = options.sort ?? 'added';
  const order = options.order ?? DEFAULT_ORDER[sort];
  const direction = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const orderBy = Prisma.sql`ORDER BY ${SORT_COLUMNS[sort]} ${direction} NULLS LAST, added_at DESC, tconst`;
  // Provisional titles only fill in for titles the datasets do not have (yet).
  const [columns, joins] = (await imdbTablesPresent())
    ? [
        Prisma.sql`coalesce(b.primary_title, p.title) AS title, coalesce(b.title_type, p.title_type) AS title_type,
          coalesce(b.start_year, p.year) AS start_year, b.end_year, b.runtime_minutes, b.genres,
          r.average_rating::float8 AS rating, r.num_votes AS votes`,
        Prisma.sql`LEFT JOIN imdb.title_basics b ON b.tconst = w.tconst
          LEFT JOIN imdb.title_ratings r ON r.tconst = w.tconst
          LEFT JOIN provisional_titles p ON p.user_id = w.user_id AND p.tconst = w.tconst AND b.tconst IS NULL`,
      ]
    : [
        Prisma.sql`p.title, p.title_type, p.year AS start_year, NULL::int AS end_year, NULL::int AS runtime_minutes,
          NULL::text[] AS genres, NULL::float8 AS rating, NULL::int AS votes`,
        Prisma.sql`LEFT JOIN provisional_titles p ON p.user_id = w.user_id AND p.tconst = w.tconst`,
      ];
  const rows = await db().$queryRaw<ItemRow[]>`
    SELECT w.tconst, w.note, w.added_at, ${columns},
           EXISTS (SELECT 1 FROM watches x
                   WHERE x.user_id = w.user_id AND x.tconst = w.tconst AND x.deleted_at IS NULL) AS seen
    FROM watchlist w
    ${joins}
    WHERE w.user_id = ${userId}
    ${orderBy}`;
  return rows.map((r) => ({
    tconst: r.tconst,
    note: r.note,
    addedAt: r.added_at,
    title: r.title,
    titleType: r.title_type,
    startYear: r.start_year,
    endYear: r.end_year,
    runtimeMinutes: r.runtime_minutes,
    genres: r.genres ?? [],
    rating: r.rating,
    votes: r.votes,
    seen: r.seen,
  }));
}
