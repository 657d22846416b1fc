import { Prisma, type PrismaClient } from '../db/generated/client';
import { importTables } from '../import/sql-client';

// The journal's rows with their titles, for the exports: the IMDb data when it has the title,
// else the provisional title (the imdb.* tables may not exist yet).

export interface ViewingRow {
  id: number;
  tconst: string;
  title: string | null;
  year: number | null;
  watched_on: string | null;
  date_precision: 'day' | 'month' | 'year' | 'unknown';
  grade: number | null;
  rewatch: boolean;
  review: string | null;
  tags: string[] | null;
  place: string | null;
  companions: string[] | null;
  import_batch_id: number | null;
  created_at: Date;
  updated_at: Date;
}

async function titleJoin(prisma: PrismaClient, alias: string): Promise<Prisma.Sql> {
  const { basics } = await importTables(prisma);
  const a = Prisma.raw(alias);
  const b = basics
    ? Prisma.sql`LEFT JOIN imdb.title_basics b ON b.tconst = ${a}.tconst`
    : Prisma.sql`LEFT JOIN (SELECT NULL::text AS tconst, NULL::text AS primary_title, NULL::int AS start_year) b ON false`;
  return Prisma.sql`${b} LEFT JOIN provisional_titles p ON p.user_id = ${a}.user_id AND p.tconst = ${a}.tconst AND b.tconst IS NULL`;
}

/** One page of the person's viewings (not deleted), in diary order, after the id `afterId`. */
export async function viewingPage(
  prisma: PrismaClient,
  userId: number,
  afterId: number,
  limit: number,
): Promise<ViewingRow[]> {
  const join = await titleJoin(prisma, 'w');
  return prisma.$queryRaw<ViewingRow[]>`
    SELECT w.id, w.tconst, coalesce(b.primary_title, p.title) AS title, coalesce(b.start_year, p.year) AS year,
           to_char(w.watched_on, 'YYYY-MM-DD') AS watched_on, w.date_precision::text AS date_precision,
           w.grade::float8 AS grade, w.rewatch, w.review, w.tags, w.place, w.companions, w.import_batch_id,
           w.created_at, w.updated_at
      FROM watches w ${join}
     WHERE w.user_id = ${userId} AND w.deleted_at IS NULL AND w.id > ${afterId}
     ORDER BY w.id LIMIT ${limit}`;
}

export interface WatchlistRow {
  tconst: string;
  title: string | null;
  year: number | null;
  note: string | null;
  added_at: Date;
  import_batch_id: number | null;
}

export async function watchlistRows(prisma: PrismaClient, userId: number): Promise<WatchlistRow[]> {
  const join = await titleJoin(prisma, 'l');
  return prisma.$queryRaw<WatchlistRow[]>`
    SELECT l.tconst, coalesce(b.primary_title, p.title) AS title, coalesce(b.start_year, p.year) AS year, l.note,
           l.added_at, l.import_batch_id
      FROM watchlist l ${join} WHERE l.user_id = ${userId} ORDER BY l.added_at, l.id`;
}
