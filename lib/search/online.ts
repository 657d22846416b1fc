import { type SearchImdbOnlineOptions, searchImdbOnline } from '../imdb-web/fetch';
import type { OnlineTitle } from '../imdb-web/types';
import type { TitleSearchResult } from './types';

// Local results merged with IMDb's website (for titles newer than the local datasets), by tconst.
// No server-only: the CLI uses it.

export type ResultSource = 'local' | 'online' | 'both';

export interface MergedSearchResult extends TitleSearchResult {
  source: ResultSource;
}

export interface MergedSearch {
  results: MergedSearchResult[];
  /** One line per online source that failed. */
  errors: string[];
}

function fromOnline(title: OnlineTitle): MergedSearchResult {
  return {
    tconst: title.tconst,
    title: title.title,
    originalTitle: null,
    year: title.year,
    endYear: null,
    type: title.type ?? '',
    runtimeMinutes: title.runtimeMinutes ?? null,
    genres: [],
    rating: title.rating ?? null,
    votes: title.votes ?? null,
    directors: [],
    matchedAka: null,
    inJournal: false,
    onWatchlist: false,
    source: 'online',
  };
}

/**
 * The local results in their order, each marked `both` when IMDb's website found it too, then
 * the titles only the website found (in its order). Local facts win; the website's fill gaps.
 */
export function mergeLocalAndOnline(local: TitleSearchResult[], online: OnlineTitle[]): MergedSearchResult[] {
  const byTconst = new Map(online.map((t) => [t.tconst, t]));
  const merged: MergedSearchResult[] = local.map((result) => {
    const web = byTconst.get(result.tconst);
    if (!web) return { ...result, source: 'local' };
    return {
      ...result,
      year: result.year ?? web.year,
      runtimeMinutes: result.runtimeMinutes ?? web.runtimeMinutes ?? null,
      rating: result.rating ?? web.rating ?? null,
      votes: result.votes ?? web.votes ?? null,
      source: 'both',
    };
  });
  const seen = new Set(local.map((r) => r.tconst));
  for (const title of online) {
    if (seen.has(title.tconst)) continue;
    seen.add(title.tconst);
    merged.push(fromOnline(title));
  }
  return merged;
}

/** Asks IMDb's website for `query` and merges its answer into `local`. Never throws for IMDb's sake. */
export async function mergeWithOnline(
  query: string,
  local: TitleSearchResult[],
  options: SearchImdbOnlineOptions = {},
): Promise<MergedSearch> {
  const online = await searchImdbOnline(query, options);
  return { results: mergeLocalAndOnline(local, online.results), errors: online.errors };
}
