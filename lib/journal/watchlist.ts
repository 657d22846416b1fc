import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { type TitleColumns, titleColumns, titleJoins } from '../titles/title-join';

// The titles a user means to watch: one entry per (user, title). Entries refer to titles by
// tconst only, like watches; their facts come from lib/titles/title-join.ts when read.

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

interface ItemRow extends TitleColumns {
  tconst: string;
  note: string | null;
  added_at: Date;
  seen: boolean;
}

const SORT_COLUMNS: Record<WatchlistSort, Prisma.Sql> = {
  added: Prisma.sql`added_at`,
  rating: Prisma.sql`rating`,
  runtime: Prisma.sql`runtime_minutes`,
  year: Prisma.sql`year`,
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
  const imdb = await imdbTablesPresent();
  const rows = await db().$queryRaw<ItemRow[]>`
    SELECT w.tconst, w.note, w.added_at, ${titleColumns(imdb)},
           EXISTS (SELECT 1 FROM watches x
                   WHERE x.user_id = w.user_id AND x.tconst = w.tconst AND x.deleted_at IS NULL) AS seen
    FROM watchlist w ${titleJoins('w', imdb)}
    WHERE w.user_id = ${userId}
    ${orderBy}`;
  return rows.map((r) => ({
    tconst: r.tconst,
    note: r.note,
    addedAt: r.added_at,
    title: r.title,
    titleType: r.type,
    startYear: r.year,
    endYear: r.end_year,
    runtimeMinutes: r.runtime_minutes,
    genres: r.genres,
    rating: r.rating,
    votes: r.votes,
    seen: r.seen,
  }));
}
