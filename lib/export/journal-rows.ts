import type { PrismaClient } from '../db/generated/client';
import { viewingFieldsSql } from '../journal/viewing-fields';
import type { ViewingColumns } from '../journal/watch-entry';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { TITLE, titleJoins } from '../titles/title-join';

// The journal's rows with their titles, for the exports.

export interface ViewingRow extends ViewingColumns {
  title: string | null;
  year: number | null;
}

/** One page of the person's viewings (not deleted), in diary order, after the id `afterId`. */
export async function viewingPage(
  prisma: PrismaClient,
  userId: number,
  afterId: number,
  limit: number,
): Promise<ViewingRow[]> {
  const join = titleJoins('w', await imdbTablesPresent(prisma));
  return prisma.$queryRaw<ViewingRow[]>`
    SELECT w.id, w.tconst, ${TITLE.title} AS title, ${TITLE.year} AS year, ${viewingFieldsSql('w')},
           w.import_batch_id, w.created_at, w.updated_at
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
  const join = titleJoins('l', await imdbTablesPresent(prisma));
  return prisma.$queryRaw<WatchlistRow[]>`
    SELECT l.tconst, ${TITLE.title} AS title, ${TITLE.year} AS year, l.note,
           l.added_at, l.import_batch_id
      FROM watchlist l ${join} WHERE l.user_id = ${userId} ORDER BY l.added_at, l.id`;
}
