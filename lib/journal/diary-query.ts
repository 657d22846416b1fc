import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { kindCondition, rangeCondition } from '../stats/sql';
import { imdbTablesPresent, searchNormaliserPresent } from '../titles/imdb-tables';
import { TITLE } from '../titles/title-join';
import { isRealDay } from '../validation/day';
import { isRowId } from '../validation/row-id';
import type { DatePrecision, WatchFilters } from './schemas';
import { toEntry, viewingSql, type WatchEntry, type WatchRow } from './watch-entry';

// The diary: the user's viewings, filtered (the diary's filters and the statistics' tap-throughs)
// and a page at a time.

export interface ListWatchesOptions extends Partial<WatchFilters> {
  /** From a previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size, 1–100; 30 when not given. */
  limit?: number;
}

export interface WatchPage {
  watches: WatchEntry[];
  /** Pass it back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

const DEFAULT_LIMIT = 30;
const MAX_LIMIT = 100;

// ---------------------------------------------------------------------------------------------
// Keyset pagination. The order is watched_on DESC NULLS LAST, then date_precision (a day before
// a month before a year of the same first day, so partial dates close their period), then
// id DESC. The cursor is the last row's (date, precision, id), opaque to callers.

interface Cursor {
  date: string | null;
  precision: DatePrecision;
  id: number;
}

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'unknown'];

function encodeCursor(entry: WatchEntry, storedDate: string | null): string {
  return Buffer.from(`${storedDate ?? ''}|${entry.datePrecision}|${entry.id}`).toString('base64url');
}

/** A cursor this module wrote, or null: the API answers 400 for anything else. */
export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  const [date, precision, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const n = Number(id);
  const validDate = date === '' || (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') && isRealDay(date ?? ''));
  const validId = isRowId(n);
  if (!validDate || !PRECISIONS.includes(precision as DatePrecision) || !validId) return null;
  return { date: date || null, precision: precision as DatePrecision, id: n };
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function needsTitles(options: ListWatchesOptions): boolean {
  return Boolean(
    options.genre ||
      options.type ||
      options.q ||
      options.decade ||
      options.released ||
      options.runtime ||
      options.region ||
      options.kind,
  );
}

/** The statistics' tap-through filters (see watchFiltersSchema); `imdb` says whether imdb.* exists. */
function statsFilterSql(options: ListWatchesOptions, imdb: boolean): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const released = TITLE.year;
  if (options.month) {
    parts.push(Prisma.sql`w.date_precision IN ('day', 'month') AND w.watched_on >= ${`${options.month}-01`}::date
      AND w.watched_on < (${`${options.month}-01`}::date + interval '1 month')`);
  }
  if (options.weekday) {
    parts.push(
      Prisma.sql`w.date_precision = 'day' AND w.date_kind = 'watched' AND extract(isodow FROM w.watched_on) = ${options.weekday}`,
    );
  }
  if (options.decade) parts.push(Prisma.sql`${released} BETWEEN ${options.decade} AND ${options.decade + 9}`);
  if (options.released) parts.push(Prisma.sql`${released} = ${options.released}`);
  if (options.runtime) {
    const [lo, hi] = options.runtime.split('-');
    const runtime = TITLE.runtime;
    parts.push(Prisma.sql`${runtime} >= ${Number(lo)}`);
    if (hi) parts.push(Prisma.sql`${runtime} < ${Number(hi)}`);
  }
  if (options.rewatch) parts.push(Prisma.sql`w.rewatch = ${options.rewatch === 'true'}`);
  if (options.from || options.to) parts.push(rangeCondition({ from: options.from ?? null, to: options.to ?? null }));
  if (options.kind) parts.push(kindCondition(options.kind, TITLE.type));
  if (options.person) {
    parts.push(
      imdb
        ? Prisma.sql`(w.tconst IN (SELECT tp.tconst FROM imdb.title_principals tp WHERE tp.nconst = ${options.person})
            OR w.tconst IN (SELECT c.tconst FROM imdb.title_crew c
              WHERE c.directors @> ARRAY[${options.person}]::text[] OR c.writers @> ARRAY[${options.person}]::text[]))`
        : Prisma.sql`false`,
    );
  }
  if (options.region) {
    // As the statistics count it: the region of the first alternative title that is the original one.
    parts.push(
      imdb
        ? Prisma.sql`(SELECT a.region FROM imdb.title_akas a WHERE a.title_id = w.tconst AND a.region IS NOT NULL
            AND a.title = b.original_title ORDER BY a.ordering LIMIT 1) = ${options.region}`
        : Prisma.sql`false`,
    );
  }
  return parts;
}

function filterSql(userId: number, options: ListWatchesOptions, normaliser: boolean, imdb: boolean): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`w.user_id = ${userId}`, Prisma.sql`w.deleted_at IS NULL`];
  if (options.year) {
    parts.push(
      Prisma.sql`w.watched_on >= make_date(${options.year}::int, 1, 1) AND w.watched_on < make_date(${options.year + 1}::int, 1, 1)`,
    );
  }
  if (options.grade === 'none') parts.push(Prisma.sql`w.grade IS NULL`);
  else if (typeof options.grade === 'number') {
    const g = options.grade;
    // A whole number means that star (8 is 8 and 8.5); a half step means exactly that grade.
    if (Number.isInteger(g) && g < 10) parts.push(Prisma.sql`w.grade >= ${g}::numeric AND w.grade < ${g + 1}::numeric`);
    else parts.push(Prisma.sql`w.grade = ${g}::numeric`);
  }
  if (options.tag) parts.push(Prisma.sql`w.tags @> ARRAY[${options.tag}]::text[]`);
  if (options.genre) {
    parts.push(Prisma.sql`${TITLE.genres} @> ARRAY[${options.genre}]::text[]`);
  }
  if (options.type) parts.push(Prisma.sql`${TITLE.type} = ${options.type}`);
  parts.push(...statsFilterSql(options, imdb));
  if (options.q) {
    // The title (primary or original), tags, companions and place.
    const haystack = Prisma.sql`concat_ws(' ', ${TITLE.title},
      nullif(${TITLE.originalTitle}, ${TITLE.title}), w.place, nullif(array_to_string(w.tags || w.companions, ' '), ''))`;
    if (normaliser) {
      // lib/search's normalisation (accents, case, punctuation, roman numerals), every word of
      // the query somewhere in the text, in any order.
      parts.push(Prisma.sql`public.search_normalize(${haystack}) LIKE ALL ((
        SELECT coalesce(array_agg('%' || word || '%'), '{}') FROM unnest(string_to_array(public.search_normalize(${options.q}), ' ')) AS word
        WHERE word <> '')::text[])`);
    } else {
      parts.push(Prisma.sql`unaccent(lower(${haystack})) LIKE unaccent(lower(${likePattern(options.q)}))`);
    }
  }
  return Prisma.join(parts, ' AND ');
}

/** The page query of listWatches (exported for its EXPLAIN test). */
export async function listWatchesQuery(
  userId: number,
  options: ListWatchesOptions = {},
): Promise<{ query: Prisma.Sql; limit: number }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const cursor = decodeCursor(options.cursor);
  const { joins, columns } = await viewingSql();
  const imdb = options.person || options.region ? await imdbTablesPresent() : false;
  const where = filterSql(userId, options, Boolean(options.q) && (await searchNormaliserPresent()), imdb);
  const take = limit + 1;

  const datedAfter = cursor?.date
    ? Prisma.sql`AND (w.watched_on < ${cursor.date}::date OR (w.watched_on = ${cursor.date}::date
        AND (w.date_precision > ${cursor.precision}::date_precision
          OR (w.date_precision = ${cursor.precision}::date_precision AND w.id < ${cursor.id}))))`
    : Prisma.empty;
  const undatedAfter = cursor && !cursor.date ? Prisma.sql`AND w.id < ${cursor.id}` : Prisma.empty;

  // Keys first: two index-ordered halves (dated, then unknown), each stopping after one page,
  // joined to the titles only when a filter needs them. Then the page's rows, in full.
  const filterJoins = needsTitles(options) ? joins : Prisma.empty;
  const keys = Prisma.sql`w.id, w.watched_on, w.date_precision`;
  const dated = Prisma.sql`(SELECT ${keys} FROM watches w ${filterJoins}
      WHERE ${where} AND w.watched_on IS NOT NULL ${datedAfter}
      ORDER BY w.watched_on DESC, w.date_precision, w.id DESC LIMIT ${take})`;
  const undated = Prisma.sql`(SELECT ${keys} FROM watches w ${filterJoins}
      WHERE ${where} AND w.watched_on IS NULL ${undatedAfter}
      ORDER BY w.id DESC LIMIT ${take})`;
  const page =
    cursor && !cursor.date
      ? undated
      : Prisma.sql`(SELECT * FROM (${dated} UNION ALL ${undated}) k
          ORDER BY k.watched_on DESC NULLS LAST, k.date_precision, k.id DESC LIMIT ${take})`;
  const query = Prisma.sql`SELECT ${columns} FROM ${page} page JOIN watches w ON w.id = page.id ${joins}
      ORDER BY w.watched_on DESC NULLS LAST, w.date_precision, w.id DESC`;
  return { query, limit };
}

/** The user's viewings, newest first, a page at a time, with optional filters and search. */
export async function listWatches(userId: number, options: ListWatchesOptions = {}): Promise<WatchPage> {
  const { query, limit } = await listWatchesQuery(userId, options);
  const rows = await db().$queryRaw<WatchRow[]>(query);
  const page = rows.slice(0, limit);
  const watches = page.map(toEntry);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(watches[watches.length - 1], last.watched_on) : null;
  return { watches, nextCursor };
}
