import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { isRowId } from '../validation/row-id';
import { keepingChronology } from './chronology';
import {
  type DateKind,
  type DatePrecision,
  type FieldErrors,
  fieldErrorsOf,
  type ProvisionalTitleInput,
  parseWatchDate,
  provisionalTitleSchema,
  type WatchInput,
  type WatchPatchInput,
  watchInputSchema,
  watchPatchSchema,
} from './schemas';
import { readWatch, type WatchEntry } from './watch-entry';

// Logging, changing, deleting and restoring viewings: input validated here, once, for every
// caller (the API, the media-server webhooks, the offline outbox's replays). Each write keeps
// the title's rewatch flags in date order (chronology.ts).

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

function storedDate(
  watchedOn: string,
  kind: DateKind = 'watched',
): { watchedOn: Date | null; datePrecision: DatePrecision; dateKind: DateKind } {
  const parsed = parseWatchDate(watchedOn);
  if ('error' in parsed) throw new Error(parsed.error); // validated before
  return {
    watchedOn: parsed.date ? new Date(`${parsed.date}T00:00:00Z`) : null,
    datePrecision: parsed.precision,
    // Without a date there is no day of rating to speak of.
    dateKind: parsed.date ? kind : 'watched',
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
    const watch = await keepingChronology(tx, userId, data.tconst, () =>
      tx.watch.create({
        data: {
          userId,
          tconst: data.tconst,
          ...storedDate(data.watchedOn, data.dateKind),
          grade: decimal(data.grade),
          rewatch: data.rewatch,
          review: data.review,
          tags: data.tags,
          place: data.place,
          companions: data.companions,
        },
        select: { id: true },
      }),
    );
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
  if (!isRowId(id)) return { ok: false, error: 'not_found' };
  const p = parsed.data;
  const data = (now: Stored): Prisma.WatchUpdateManyMutationInput => ({
    ...(p.watchedOn !== undefined ? storedDate(p.watchedOn, p.dateKind ?? keptKind(now, p.watchedOn)) : {}),
    ...(p.watchedOn === undefined && p.dateKind !== undefined ? { dateKind: p.dateKind } : {}),
    ...(p.grade !== undefined ? { grade: decimal(p.grade) } : {}),
    ...(p.rewatch !== undefined ? { rewatch: p.rewatch } : {}),
    ...(p.review !== undefined ? { review: p.review } : {}),
    ...(p.tags !== undefined ? { tags: p.tags } : {}),
    ...(p.place !== undefined ? { place: p.place } : {}),
    ...(p.companions !== undefined ? { companions: p.companions } : {}),
  });
  const count = await changeInChronology(userId, { id, userId, deletedAt: null }, data);
  if (count === 0) return { ok: false, error: 'not_found' };
  const watch = await readWatch(userId, id);
  return watch ? { ok: true, watch } : { ok: false, error: 'not_found' };
}

type Stored = { tconst: string; watchedOn: Date | null; datePrecision: DatePrecision; dateKind: DateKind };

/** The date kind a re-sent date keeps: the same date stays a day of rating (an edit of the grade
 *  sends the date as it was); a new date is a day of watching. */
function keptKind(now: Stored, watchedOn: string): DateKind {
  const next = storedDate(watchedOn);
  const same = next.watchedOn?.getTime() === now.watchedOn?.getTime() && next.datePrecision === now.datePrecision;
  return same ? now.dateKind : 'watched';
}

/** Changes the user's one viewing that `where` finds, keeping its title's rewatches in order. */
async function changeInChronology(
  userId: number,
  where: Prisma.WatchWhereInput & { id: number },
  data: Prisma.WatchUpdateManyMutationInput | ((now: Stored) => Prisma.WatchUpdateManyMutationInput),
): Promise<number> {
  return db().$transaction(async (tx) => {
    const now = await tx.watch.findFirst({
      where,
      select: { tconst: true, watchedOn: true, datePrecision: true, dateKind: true },
    });
    if (!now) return 0;
    const change = typeof data === 'function' ? data(now) : data;
    const { count } = await keepingChronology(tx, userId, now.tconst, () =>
      tx.watch.updateMany({ where, data: change }),
    );
    return count;
  });
}

/** Deletes a viewing softly (restoreWatch brings it back). False when there was none to delete. */
export async function deleteWatch(userId: number, id: number): Promise<boolean> {
  if (!isRowId(id)) return false;
  return (await changeInChronology(userId, { id, userId, deletedAt: null }, { deletedAt: new Date() })) > 0;
}

/** Undoes deleteWatch. Returns the viewing, or null when the user has no such deleted viewing. */
export async function restoreWatch(userId: number, id: number): Promise<WatchEntry | null> {
  if (!isRowId(id)) return null;
  const count = await changeInChronology(userId, { id, userId, deletedAt: { not: null } }, { deletedAt: null });
  if (count === 0) return null;
  return readWatch(userId, id);
}
