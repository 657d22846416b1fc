import 'server-only';
import { db } from '../db/client';

/** What a user's journal says of one title: how often it was watched, when last, the latest grade. */
export interface WatchSummary {
  count: number;
  /** The latest known viewing date (yyyy-mm-dd), or null when no viewing has a date. */
  lastWatchedOn: string | null;
  /** The grade of the latest graded viewing. */
  grade: number | null;
}

/** The user's watch summaries of these titles (titles never watched are absent). Soft-deleted watches do not count. */
export async function watchSummaries(userId: number, tconsts: readonly string[]): Promise<Map<string, WatchSummary>> {
  const map = new Map<string, WatchSummary>();
  if (tconsts.length === 0) return map;
  const rows = await db().$queryRaw<{ tconst: string; n: number; last_on: string | null; grade: number | null }[]>`
    SELECT tconst, count(*)::int AS n, to_char(max(watched_on), 'YYYY-MM-DD') AS last_on,
           ((array_agg(grade ORDER BY watched_on DESC NULLS LAST, id DESC) FILTER (WHERE grade IS NOT NULL))[1])::float8 AS grade
    FROM watches
    WHERE user_id = ${userId} AND tconst = ANY(${[...new Set(tconsts)]}::text[]) AND deleted_at IS NULL
    GROUP BY tconst`;
  for (const r of rows) map.set(r.tconst, { count: r.n, lastWatchedOn: r.last_on, grade: r.grade });
  return map;
}
