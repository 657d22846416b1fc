import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { kindCondition, rangeCondition } from '../stats/sql';
import { imdbTablesPresent, searchNormaliserPresent } from '../titles/imdb-tables';
import { TITLE, type TitleColumns, type TitleFacts, titleColumns, titleFacts, titleJoins } from '../titles/title-join';
import {
  type DatePrecision,
  type FieldErrors,
  fieldErrorsOf,
  formatWatchDate,
  type ProvisionalTitleInput,
  parseWatchDate,
  provisionalTitleSchema,
  type WatchFilters,
  type WatchInput,
  type WatchPatchInput,
  watchInputSchema,
  watchPatchSchema,
} from './schemas';

// The journal's viewings. Every function takes the signed-in user's id and touches only that
// user's rows; soft-deleted rows (deleted_at set) are invisible to all reads.

/** One viewing with what is known of its title (see lib/titles/title-join.ts), as plain JSON-friendly values. */
export interface WatchEntry extends TitleFacts {
  id: number;
  tconst: string;
  /** The date in its precision: '2024-03-09', '2024-03', '2024', or null when unknown. */
  watchedOn: string | null;
  datePrecision: DatePrecision;
  grade: number | null;
  rewatch: boolean;
  /** As stored; imports may have put HTML here (see reviewText in watches-format.ts). */
  review: string | null;
  tags: string[];
  place: string | null;
  companions: string[];
  importBatchId: number | null;
  createdAt: string;
  updatedAt: string;
  /** Known only from a provisional source so far (provisionalSource says which). */
  provisional: boolean;
}

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

export type WatchResult =
  | { ok: true; watch: WatchEntry }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors }
  | { ok: false; error: 'not_found' };

export interface CreateWatchOptions {
  /** For a title found on IMDb's website only: recorded unless the datasets already have it. */
  provisional?: ProvisionalTitleInput;
  /** Also take the title off the user's watchlist. */
  removeFromWatchlist?: boolean;
}

const DEFAULT_LIMIT = 30;
const MAX_LIMIT = 100;

/** The title joins over `watches w`, and the full row of a viewing with its title. */
async function viewingSql(): Promise<{ joins: Prisma.Sql; columns: Prisma.Sql }> {
  const imdb = await imdbTablesPresent();
  const columns = Prisma.sql`
  w.id, w.tconst, to_char(w.watched_on, 'YYYY-MM-DD') AS watched_on, w.date_precision::text AS date_precision,
  w.grade::float8 AS grade, w.rewatch, w.review, w.tags, w.place, w.companions, w.import_batch_id,
  w.created_at, w.updated_at, ${titleColumns(imdb)}`;
  return { joins: titleJoins('w', imdb), columns };
}

interface WatchRow extends TitleColumns {
  id: number;
  tconst: string;
  watched_on: string | null;
  date_precision: DatePrecision;
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

function toEntry(row: WatchRow): WatchEntry {
  const facts = titleFacts(row);
  return {
    id: row.id,
    tconst: row.tconst,
    watchedOn: formatWatchDate(row.watched_on, row.date_precision),
    datePrecision: row.date_precision,
    grade: row.grade === null ? null : Number(row.grade),
    rewatch: row.rewatch,
    review: row.review,
    tags: row.tags ?? [],
    place: row.place,
    companions: row.companions ?? [],
    importBatchId: row.import_batch_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...facts,
    provisional: facts.provisionalSource !== null,
  };
}

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
  const validId = Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647;
  if (!validDate || !PRECISIONS.includes(precision as DatePrecision) || !validId) return null;
  return { date: date || null, precision: precision as DatePrecision, id: n };
}

function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
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
    parts.push(Prisma.sql`w.date_precision = 'day' AND extract(isodow FROM w.watched_on) = ${options.weekday}`);
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

async function readWatch(userId: number, id: number): Promise<WatchEntry | null> {
  const { joins, columns } = await viewingSql();
  const rows = await db().$queryRaw<WatchRow[]>`
    SELECT ${columns} FROM watches w ${joins}
    WHERE w.id = ${id} AND w.user_id = ${userId} AND w.deleted_at IS NULL`;
  return rows[0] ? toEntry(rows[0]) : null;
}

/** One viewing of the user's, or null (another user's, deleted, or no such id). */
export async function getWatch(userId: number, id: number): Promise<WatchEntry | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
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

function storedDate(watchedOn: string): { watchedOn: Date | null; datePrecision: DatePrecision } {
  const parsed = parseWatchDate(watchedOn);
  if ('error' in parsed) throw new Error(parsed.error); // validated before
  return {
    watchedOn: parsed.date ? new Date(`${parsed.date}T00:00:00Z`) : null,
    datePrecision: parsed.precision,
  };
}

const decimal = (grade: number | null) => (grade === null ? null : new Prisma.Decimal(grade));

export const UNKNOWN_TITLE = 'No title with this id in the IMDb data. Send `provisional` to log it anyway.';

/**
 * Logs a viewing. Validates `input` with watchInputSchema; invalid input comes back as field
 * errors (nothing is written). The title must be known here (the IMDb data or one of the user's
 * provisional titles) unless `options.provisional` describes it.
 */
export async function createWatch(
  userId: number,
  input: WatchInput,
  options: CreateWatchOptions = {},
): Promise<WatchResult> {
  const parsed = watchInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const provisional = options.provisional ? provisionalTitleSchema.safeParse(options.provisional) : null;
  if (provisional && !provisional.success) {
    return { ok: false, error: 'invalid', fieldErrors: { title: provisional.error.issues.map((i) => i.message) } };
  }
  const data = parsed.data;
  const imdb = await imdbTablesPresent();
  const id = await db().$transaction(async (tx) => {
    const [known] = await tx.$queryRaw<{ imdb: boolean; provisional: boolean }[]>`
      SELECT ${imdb ? Prisma.sql`EXISTS (SELECT 1 FROM imdb.title_basics WHERE tconst = ${data.tconst})` : Prisma.sql`false`} AS imdb,
             EXISTS (SELECT 1 FROM provisional_titles WHERE user_id = ${userId} AND tconst = ${data.tconst}) AS provisional`;
    if (!provisional?.data && !known.imdb && !known.provisional) return null;
    if (provisional?.data) {
      if (!known.imdb) {
        const p = provisional.data;
        await tx.$executeRaw`
          INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
          VALUES (${userId}, ${data.tconst}, ${p.title}, ${p.year ?? null}::int, ${p.type ?? null}, ${p.source})
          ON CONFLICT (user_id, tconst) DO UPDATE SET title = EXCLUDED.title, year = EXCLUDED.year,
            title_type = EXCLUDED.title_type, source = EXCLUDED.source`;
      }
    }
    const watch = await tx.watch.create({
      data: {
        userId,
        tconst: data.tconst,
        ...storedDate(data.watchedOn),
        grade: decimal(data.grade),
        rewatch: data.rewatch,
        review: data.review,
        tags: data.tags,
        place: data.place,
        companions: data.companions,
      },
      select: { id: true },
    });
    if (options.removeFromWatchlist) {
      await tx.watchlistEntry.deleteMany({ where: { userId, tconst: data.tconst } });
    }
    return watch.id;
  });
  if (id === null) return { ok: false, error: 'invalid', fieldErrors: { tconst: [UNKNOWN_TITLE] } };
  const watch = await readWatch(userId, id);
  if (!watch) throw new Error(`watch ${id} vanished after it was created`);
  return { ok: true, watch };
}

/** Changes the fields given in `input` (validated with watchPatchSchema); the others stay. */
export async function updateWatch(userId: number, id: number, input: WatchPatchInput): Promise<WatchResult> {
  const parsed = watchPatchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return { ok: false, error: 'not_found' };
  const p = parsed.data;
  const data: Prisma.WatchUpdateManyMutationInput = {
    ...(p.watchedOn !== undefined ? storedDate(p.watchedOn) : {}),
    ...(p.grade !== undefined ? { grade: decimal(p.grade) } : {}),
    ...(p.rewatch !== undefined ? { rewatch: p.rewatch } : {}),
    ...(p.review !== undefined ? { review: p.review } : {}),
    ...(p.tags !== undefined ? { tags: p.tags } : {}),
    ...(p.place !== undefined ? { place: p.place } : {}),
    ...(p.companions !== undefined ? { companions: p.companions } : {}),
  };
  const { count } = await db().watch.updateMany({ where: { id, userId, deletedAt: null }, data });
  if (count === 0) return { ok: false, error: 'not_found' };
  const watch = await readWatch(userId, id);
  return watch ? { ok: true, watch } : { ok: false, error: 'not_found' };
}

/** Deletes a viewing softly (restoreWatch brings it back). False when there was none to delete. */
export async function deleteWatch(userId: number, id: number): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return false;
  const { count } = await db().watch.updateMany({
    where: { id, userId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  return count > 0;
}

/** Undoes deleteWatch. Returns the viewing, or null when the user has no such deleted viewing. */
export async function restoreWatch(userId: number, id: number): Promise<WatchEntry | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const { count } = await db().watch.updateMany({
    where: { id, userId, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (count === 0) return null;
  return readWatch(userId, id);
}

// ---------------------------------------------------------------------------------------------
// Autocomplete and filter choices, most used first.

async function distinctOfArray(userId: number, column: 'tags' | 'companions'): Promise<string[]> {
  const rows = await db().$queryRaw<{ value: string }[]>`
    SELECT v AS value FROM watches w, unnest(${Prisma.raw(`w.${column}`)}) AS v
    WHERE w.user_id = ${userId} AND w.deleted_at IS NULL
    GROUP BY v ORDER BY count(*) DESC, v LIMIT 500`;
  return rows.map((r) => r.value);
}

/** The tags the user has used, most used first. */
export function distinctTags(userId: number): Promise<string[]> {
  return distinctOfArray(userId, 'tags');
}

/** The people the user has watched with, most frequent first. */
export function distinctCompanions(userId: number): Promise<string[]> {
  return distinctOfArray(userId, 'companions');
}

/** The places the user has watched at, most frequent first. */
export async function distinctPlaces(userId: number): Promise<string[]> {
  const rows = await db().$queryRaw<{ value: string }[]>`
    SELECT place AS value FROM watches
    WHERE user_id = ${userId} AND deleted_at IS NULL AND place IS NOT NULL
    GROUP BY place ORDER BY count(*) DESC, place LIMIT 200`;
  return rows.map((r) => r.value);
}

export interface DiaryFacets {
  years: number[];
  tags: string[];
  genres: string[];
  types: string[];
  total: number;
}

/** What the diary's filters can offer: the years, tags, genres and title types in the journal. */
export async function diaryFacets(userId: number): Promise<DiaryFacets> {
  const { joins } = await viewingSql();
  const [summary, genres, tags] = await Promise.all([
    db().$queryRaw<{ years: number[] | null; types: string[] | null; total: number }[]>`
      SELECT array_agg(DISTINCT extract(year FROM w.watched_on)::int) FILTER (WHERE w.watched_on IS NOT NULL) AS years,
             array_agg(DISTINCT ${TITLE.type}) FILTER (WHERE ${TITLE.type} IS NOT NULL) AS types,
             count(*)::int AS total
      FROM watches w ${joins}
      WHERE w.user_id = ${userId} AND w.deleted_at IS NULL`,
    db().$queryRaw<{ genre: string }[]>`
      SELECT DISTINCT g AS genre FROM watches w ${joins}, unnest(${TITLE.genres}) AS g
      WHERE w.user_id = ${userId} AND w.deleted_at IS NULL ORDER BY g`,
    distinctTags(userId),
  ]);
  const row = summary[0];
  return {
    years: [...(row?.years ?? [])].sort((a, b) => b - a),
    tags,
    genres: genres.map((g) => g.genre),
    types: [...(row?.types ?? [])].sort(),
    total: row?.total ?? 0,
  };
}
