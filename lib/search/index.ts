import 'server-only';

// The app's entry point to the local title search. Scripts and benchmarks, which run outside
// Next.js, import lib/search/search.ts directly.

export { parseSearchQuery } from './parse';
export { SearchUnavailableError, searchTitles, searchTitlesTimed } from './search';
export type { SearchTitlesOptions, TitleSearchResult } from './types';
export { resolveTitleTypes, TYPE_GROUPS, UnknownTitleTypeError } from './types';
