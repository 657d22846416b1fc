import type { OnlineTitle, OnlineTitleSource } from '../imdb-web/types';
import type { TitleSearchResult } from './types';

// The one rule for showing local results beside IMDb's website's, by tconst: used by the search
// screen and `npm run search --online`. Pure, so the client can run it.

type ResultSource = 'local' | 'online' | 'both';

export interface MergedSearchResult extends TitleSearchResult {
  source: ResultSource;
  /** Which of IMDb's pages found it, when the website did. */
  onlineSource: OnlineTitleSource | null;
}

/** A title from IMDb's website, marked for the signed-in user where the caller knows. */
export type OnlineCandidate = OnlineTitle & { inJournal?: boolean; onWatchlist?: boolean };

function fromOnline(title: OnlineCandidate): MergedSearchResult {
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
    inJournal: title.inJournal ?? false,
    onWatchlist: title.onWatchlist ?? false,
    source: 'online',
    onlineSource: title.source,
  };
}

/**
 * The local results in their order, each marked `both` when IMDb's website found it too, then
 * the titles only the website found (in its order). Local facts win; the website's fill gaps.
 */
export function mergeLocalAndOnline(local: TitleSearchResult[], online: OnlineCandidate[]): MergedSearchResult[] {
  const byTconst = new Map(online.map((t) => [t.tconst, t]));
  const merged: MergedSearchResult[] = local.map((result) => {
    const web = byTconst.get(result.tconst);
    if (!web) return { ...result, source: 'local', onlineSource: null };
    return {
      ...result,
      year: result.year ?? web.year,
      runtimeMinutes: result.runtimeMinutes ?? web.runtimeMinutes ?? null,
      rating: result.rating ?? web.rating ?? null,
      votes: result.votes ?? web.votes ?? null,
      source: 'both',
      onlineSource: web.source,
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
