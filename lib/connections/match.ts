import 'server-only';
import { db } from '../db/client';
import { matchTitles } from '../import/match';
import { searchTablesPresent } from '../titles/imdb-tables';
import type { MediaItem } from './types';

/** The IMDb id of what a media server played: its own IMDb id, else the importer's title+year matching. */
export async function matchItem(item: MediaItem): Promise<{ tconst: string } | { reason: string }> {
  if (item.imdbId) return { tconst: item.imdbId };
  if (!item.title) return { reason: 'no IMDb id and no title in the payload' };
  if (!(await searchTablesPresent()))
    return { reason: 'no IMDb id, and the IMDb data is not loaded to match the title' };
  const [decision] = await matchTitles(db(), [{ imdbId: null, title: item.title, year: item.year }]);
  return decision?.tconst ? { tconst: decision.tconst } : { reason: decision?.reason ?? 'no confident match' };
}
