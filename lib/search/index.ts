import 'server-only';

// The app's entry point to the local title search. Scripts and benchmarks, which run outside
// Next.js, import lib/search/search.ts directly.

import { predictGrades } from '../picks';
import { searchTitles } from './search';
import type { SearchTitlesOptions, TitleSearchResult } from './types';

export { parseSearchQuery } from './parse';
export { SearchUnavailableError, searchTitles } from './search';
export type { SearchTitlesOptions, TitleSearchResult } from './types';
export { resolveTitleTypes, TYPE_GROUPS, UnknownTitleTypeError } from './types';

/** The search for a signed-in user, with the grade their model predicts for each result. */
export async function searchTitlesWithPredictions(
  query: string,
  options: SearchTitlesOptions & { userId: number },
): Promise<(TitleSearchResult & { predictedGrade: number | null })[]> {
  const results = await searchTitles(query, options);
  const predictions = await predictGrades(
    options.userId,
    results.map((r) => r.tconst),
  );
  return results.map((r) => ({ ...r, predictedGrade: predictions.get(r.tconst)?.grade ?? null }));
}
