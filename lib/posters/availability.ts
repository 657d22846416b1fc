import 'server-only';
import { isTconst } from '../titles/ids';
import { wakePosterQueue } from './queue';
import type { PosterMap, PosterVersion } from './src';
import { foundVersions, meetTitles, touchAll } from './store';
import { postersOn } from './switch';

/**
 * The cached posters among these titles (tconst → version; the others show the letter tile).
 * Titles without one are queued for the background lookup, so a screen never waits for IMDb;
 * shown posters count as used for the size limit.
 */
export async function postersFor(titles: readonly (string | { tconst: string })[]): Promise<PosterMap> {
  if (titles.length === 0 || !(await postersOn())) return {};
  const tconsts = [...new Set(titles.map((t) => (typeof t === 'string' ? t : t.tconst)))].filter(isTconst);
  const versions = await foundVersions(tconsts);
  const missing = tconsts.filter((tconst) => !versions.has(tconst));
  const [queued] = await Promise.all([meetTitles(missing), touchAll([...versions.keys()])]);
  if (queued > 0) wakePosterQueue();
  return Object.fromEntries(versions);
}

export async function posterOf(tconst: string): Promise<PosterVersion> {
  return (await postersFor([tconst]))[tconst] ?? null;
}
