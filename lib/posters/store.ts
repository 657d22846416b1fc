import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';

// Every query on the posters table. Rows are shared by all accounts: a poster is the title's.

type PosterState = 'pending' | 'found' | 'none' | 'failed' | 'evicted';

export interface DuePoster {
  tconst: string;
  state: PosterState;
  imageUrl: string | null;
  attempts: number;
  title: string | null;
  year: number | null;
}

/** How long a claimed row stays out of other workers' way (a fill process beside the server). */
const CLAIM = Prisma.sql`interval '15 minutes'`;
const NONE_RETRY = Prisma.sql`interval '30 days'`;

/** The version of each cached poster among `tconsts` (it changes when the files do). */
export async function foundVersions(tconsts: readonly string[]): Promise<Map<string, string>> {
  if (tconsts.length === 0) return new Map();
  const rows = await db().$queryRaw<{ tconst: string; version: string }[]>`
    SELECT tconst, floor(extract(epoch FROM fetched_at))::bigint::text AS version FROM posters
    WHERE tconst = ANY(${[...tconsts]}::text[]) AND state = 'found' AND fetched_at IS NOT NULL`;
  return new Map(rows.map((r) => [r.tconst, Number(r.version).toString(36)]));
}

/** Titles someone is looking at: queued unless known; an evicted poster is fetched again. */
export async function meetTitles(tconsts: readonly string[]): Promise<number> {
  if (tconsts.length === 0) return 0;
  return db().$executeRaw`
    INSERT INTO posters (tconst) SELECT DISTINCT unnest(${[...tconsts]}::text[])
    ON CONFLICT (tconst) DO UPDATE SET state = 'pending', retry_at = NULL WHERE posters.state = 'evicted'`;
}

/** Queues every title of the journals, watchlists and this fortnight's picks not yet known. */
export async function meetJournalTitles(): Promise<number> {
  return db().$executeRaw`
    INSERT INTO posters (tconst)
    SELECT tconst FROM (
      SELECT tconst FROM watches WHERE deleted_at IS NULL
      UNION SELECT tconst FROM watchlist
      UNION SELECT p.tconst FROM picks p JOIN pick_lists l ON l.id = p.list_id
        WHERE l.week_start >= current_date - 14) met
    WHERE tconst ~ '^tt[0-9]{7,}$'
    ON CONFLICT (tconst) DO NOTHING`;
}

/** Up to `limit` rows due for a lookup, claimed for a while, with what is known of the title. */
export async function claimDue(limit: number): Promise<DuePoster[]> {
  const rows = await db().$queryRaw<
    { tconst: string; state: PosterState; image_url: string | null; attempts: number }[]
  >`
    WITH due AS (
      SELECT tconst FROM posters
      WHERE state IN ('pending', 'none', 'failed') AND (retry_at IS NULL OR retry_at <= now())
      ORDER BY state = 'pending' DESC, retry_at NULLS FIRST, created_at, tconst
      LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    UPDATE posters p SET retry_at = now() + ${CLAIM} FROM due WHERE p.tconst = due.tconst
    RETURNING p.tconst, p.state, p.image_url, p.attempts`;
  const hints = await titleHints(rows.map((r) => r.tconst));
  return rows.map((r) => ({
    tconst: r.tconst,
    state: r.state,
    imageUrl: r.image_url,
    attempts: r.attempts,
    title: hints.get(r.tconst)?.title ?? null,
    year: hints.get(r.tconst)?.year ?? null,
  }));
}

async function titleHints(tconsts: string[]): Promise<Map<string, { title: string; year: number | null }>> {
  if (tconsts.length === 0) return new Map();
  const basics = (await imdbTablesPresent())
    ? Prisma.sql`SELECT tconst, primary_title AS title, start_year AS year, 0 AS rank FROM imdb.title_basics
        WHERE tconst = ANY(${tconsts}::text[]) UNION ALL`
    : Prisma.empty;
  const rows = await db().$queryRaw<{ tconst: string; title: string; year: number | null }[]>`
    SELECT DISTINCT ON (tconst) tconst, title, year FROM (${basics}
      SELECT tconst, title, year, 1 AS rank FROM provisional_titles WHERE tconst = ANY(${tconsts}::text[])) t
    ORDER BY tconst, rank`;
  return new Map(rows.map((r) => [r.tconst, { title: r.title, year: r.year }]));
}

export async function saveFound(tconst: string, imageUrl: string, bytes: number): Promise<void> {
  await db().$executeRaw`
    UPDATE posters SET state = 'found', image_url = ${imageUrl}, bytes = ${bytes}, attempts = 0, retry_at = NULL,
      last_error = NULL, fetched_at = now(), last_used_at = now()
    WHERE tconst = ${tconst}`;
}

export async function saveNone(tconst: string): Promise<void> {
  await db().$executeRaw`
    UPDATE posters SET state = 'none', image_url = NULL, bytes = 0, attempts = 0, last_error = NULL,
      fetched_at = NULL, retry_at = now() + ${NONE_RETRY}
    WHERE tconst = ${tconst}`;
}

/** An error: tried again after an hour, then two, four … at most a week. */
export async function saveFailed(tconst: string, error: string): Promise<void> {
  await db().$executeRaw`
    UPDATE posters SET state = 'failed', attempts = attempts + 1, last_error = ${error.slice(0, 300)},
      retry_at = now() + least(interval '1 hour' * power(2, attempts), interval '7 days')
    WHERE tconst = ${tconst}`;
}

/** Posters were shown: they move to the back of the eviction line (at most one write an hour). */
export async function touchAll(tconsts: readonly string[]): Promise<void> {
  if (tconsts.length === 0) return;
  await db().$executeRaw`
    UPDATE posters SET last_used_at = now()
    WHERE tconst = ANY(${[...tconsts]}::text[]) AND last_used_at < now() - interval '1 hour'`;
}

/** A found row whose files are gone: looked up again. */
export async function markMissing(tconst: string): Promise<void> {
  await db().$executeRaw`
    UPDATE posters SET state = 'pending', bytes = 0, fetched_at = NULL, retry_at = NULL
    WHERE tconst = ${tconst} AND state = 'found'`;
}

export async function cachedBytes(): Promise<number> {
  const [row] = await db().$queryRaw<{ bytes: bigint | null }[]>`
    SELECT sum(bytes)::bigint AS bytes FROM posters WHERE state = 'found'`;
  return Number(row?.bytes ?? 0);
}

/** Found posters, least recently shown first. */
export async function leastRecentlyUsed(limit: number): Promise<{ tconst: string; bytes: number }[]> {
  return db().$queryRaw`
    SELECT tconst, bytes FROM posters WHERE state = 'found' ORDER BY last_used_at, tconst LIMIT ${limit}`;
}

export async function markEvicted(tconsts: string[]): Promise<void> {
  await db().$executeRaw`
    UPDATE posters SET state = 'evicted', bytes = 0, fetched_at = NULL WHERE tconst = ANY(${tconsts}::text[])`;
}

export async function foundTconsts(): Promise<Set<string>> {
  const rows = await db().$queryRaw<{ tconst: string }[]>`SELECT tconst FROM posters WHERE state = 'found'`;
  return new Set(rows.map((r) => r.tconst));
}

export interface PosterCounts {
  byState: Partial<Record<PosterState, number>>;
  bytes: number;
  due: number;
}

export async function posterCounts(): Promise<PosterCounts> {
  const rows = await db().$queryRaw<{ state: PosterState; count: number; bytes: bigint; due: number }[]>`
    SELECT state, count(*)::int AS count, sum(bytes)::bigint AS bytes,
      count(*) FILTER (WHERE state IN ('pending', 'none', 'failed') AND (retry_at IS NULL OR retry_at <= now()))::int AS due
    FROM posters GROUP BY state`;
  return {
    byState: Object.fromEntries(rows.map((r) => [r.state, r.count])),
    bytes: rows.reduce((sum, r) => sum + Number(r.bytes), 0),
    due: rows.reduce((sum, r) => sum + r.due, 0),
  };
}

/** Hands claimed rows back (a batch stopped early): they are due again at once. */
export async function release(tconsts: string[]): Promise<void> {
  if (tconsts.length === 0) return;
  await db().$executeRaw`
    UPDATE posters SET retry_at = NULL WHERE tconst = ANY(${tconsts}::text[]) AND state IN ('pending', 'none', 'failed')`;
}
