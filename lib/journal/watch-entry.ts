import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { type TitleColumns, type TitleFacts, titleColumns, titleFacts, titleJoins } from '../titles/title-join';
import { isRowId } from '../validation/row-id';
import { type DatePrecision, formatWatchDate } from './schemas';
import { type ViewingFieldColumns, type ViewingFields, viewingFields, viewingFieldsSql } from './viewing-fields';

// A viewing as the journal reads it: its row with its title. Every function takes the signed-in
// user's id and touches only that user's rows; soft-deleted rows (deleted_at set) are invisible.

/** One viewing with what is known of its title (see lib/titles/title-join.ts), as plain JSON-friendly values. */
export interface WatchEntry extends TitleFacts, Omit<ViewingFields, 'precision'> {
  id: number;
  tconst: string;
  /** The date in its precision: '2024-03-09', '2024-03', '2024', or null when unknown. */
  watchedOn: string | null;
  datePrecision: DatePrecision;
  importBatchId: number | null;
  createdAt: string;
  updatedAt: string;
  /** Known only from a provisional source so far (provisionalSource says which). */
  provisional: boolean;
}

/** The title joins over `watches w`, and the full row of a viewing with its title. */
export async function viewingSql(): Promise<{ joins: Prisma.Sql; columns: Prisma.Sql }> {
  const imdb = await imdbTablesPresent();
  const columns = Prisma.sql`w.id, w.tconst, ${viewingFieldsSql('w')}, w.import_batch_id,
  w.created_at, w.updated_at, ${titleColumns(imdb)}`;
  return { joins: titleJoins('w', imdb), columns };
}

/** A row of `watches` as the journal's queries select it (dates as text, grades as numbers). */
export interface ViewingColumns extends ViewingFieldColumns {
  id: number;
  tconst: string;
  import_batch_id: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface WatchRow extends ViewingColumns, TitleColumns {}

export function toEntry(row: WatchRow): WatchEntry {
  const facts = titleFacts(row);
  const { watchedOn, precision, ...fields } = viewingFields(row);
  return {
    id: row.id,
    tconst: row.tconst,
    watchedOn: formatWatchDate(watchedOn, precision),
    datePrecision: precision,
    ...fields,
    importBatchId: row.import_batch_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...facts,
    provisional: facts.provisionalSource !== null,
  };
}

export async function readWatch(userId: number, id: number): Promise<WatchEntry | null> {
  const { joins, columns } = await viewingSql();
  const rows = await db().$queryRaw<WatchRow[]>`
    SELECT ${columns} FROM watches w ${joins}
    WHERE w.id = ${id} AND w.user_id = ${userId} AND w.deleted_at IS NULL`;
  return rows[0] ? toEntry(rows[0]) : null;
}

/** One viewing of the user's, or null (another user's, deleted, or no such id). */
export async function getWatch(userId: number, id: number): Promise<WatchEntry | null> {
  if (!isRowId(id)) return null;
  return readWatch(userId, id);
}

/** All of the user's viewings of one title, newest first. */
export async function watchesOfTitle(userId: number, tconst: string): Promise<WatchEntry[]> {
  const { joins, columns } = await viewingSql();
  const rows = await db().$queryRaw<WatchRow[]>`
    SELECT ${columns} FROM watches w ${joins}
    WHERE w.user_id = ${userId} AND w.tconst = ${tconst} AND w.deleted_at IS NULL
    ORDER BY w.watched_on DESC NULLS LAST, w.date_precision, w.id DESC`;
  return rows.map(toEntry);
}
