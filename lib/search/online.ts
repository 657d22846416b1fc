import { type SearchImdbOnlineOptions, searchImdbOnline } from '../imdb-web/fetch';
import { type MergedSearchResult, mergeLocalAndOnline } from './merge';
import type { TitleSearchResult } from './types';

// Local results merged with IMDb's website (for titles newer than the local datasets).
// No server-only: the CLI uses it.

export interface MergedSearch {
  results: MergedSearchResult[];
  /** One line per online source that failed. */
  errors: string[];
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
