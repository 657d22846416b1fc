// The shapes of a local title search (lib/search/search.ts). Pure: no database, no server-only code.

import { SERIES_TYPES, TITLE_TYPES } from '../titles/types';

export interface TitleSearchResult {
  tconst: string;
  /** IMDb's primary title. */
  title: string;
  originalTitle: string | null;
  /** startYear (the first year of a series). */
  year: number | null;
  /** Last year of a series; null for everything else and for series still running. */
  endYear: number | null;
  /** IMDb's titleType: movie, short, tvSeries, tvMiniSeries, tvMovie, tvSpecial, tvShort, video… */
  type: string;
  runtimeMinutes: number | null;
  genres: string[];
  /** IMDb's average rating (1–10), null when the title has no votes. */
  rating: number | null;
  votes: number | null;
  directors: string[];
  /** The alternative title (aka) that matched, when the match was on one rather than on the primary or original title. */
  matchedAka: string | null;
  /** Whether the user has logged the title in their journal. */
  inJournal: boolean;
  onWatchlist: boolean;
}

export interface SearchTitlesOptions {
  /** Marks the results that are in this user's journal or watchlist. */
  userId?: number;
  /** IMDb title types, or the friendly groups of TYPE_GROUPS ("film", "series"…). An unknown
   *  name is taken for an IMDb type (and so matches nothing unless the data has it). */
  types?: string[];
  /** Titles running at some point between yearFrom and yearTo (inclusive; either may be left out). */
  yearFrom?: number;
  yearTo?: number;
  /** 1…MAX_LIMIT, DEFAULT_LIMIT when left out. */
  limit?: number;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Friendly names for groups of IMDb title types; an IMDb type name ("movie", "short") stands for itself. */
export const TYPE_GROUPS: Record<string, readonly string[]> = {
  film: ['movie', 'tvMovie'],
  series: SERIES_TYPES,
  miniseries: ['tvMiniSeries'],
  shorts: ['short', 'tvShort'],
  special: ['tvSpecial'],
  episode: ['tvEpisode'],
  tv: ['tvSeries', 'tvMiniSeries', 'tvMovie', 'tvSpecial', 'tvShort'],
};

/** IMDb's title types (etl/imdb.yml keeps all but tvEpisode and videoGame by default). */
const IMDB_TITLE_TYPES = TITLE_TYPES;

/**
 * The IMDb title types that `types` stands for: each entry is an IMDb type (any case) or a
 * TYPE_GROUPS name. Returns null for "no filter". An unknown name throws, or with
 * `strict: false` is kept as it is (a type IMDb added since, which the ETL keeps too).
 */
export function resolveTitleTypes(
  types: readonly string[] | undefined,
  { strict = true }: { strict?: boolean } = {},
): string[] | null {
  if (!types || types.length === 0) return null;
  const out = new Set<string>();
  for (const raw of types) {
    const name = raw.trim();
    if (name === '') continue;
    const imdb = IMDB_TITLE_TYPES.find((t) => t.toLowerCase() === name.toLowerCase());
    // Own keys only: `__proto__` or `constructor` from a query is no group.
    const group = Object.hasOwn(TYPE_GROUPS, name.toLowerCase()) ? TYPE_GROUPS[name.toLowerCase()] : undefined;
    if (imdb) out.add(imdb);
    else if (group) for (const t of group) out.add(t);
    else if (strict) throw new UnknownTitleTypeError(name);
    else out.add(name);
  }
  return out.size ? [...out] : null;
}

export class UnknownTitleTypeError extends Error {
  constructor(readonly type: string) {
    super(
      `unknown title type "${type}" (use ${Object.keys(TYPE_GROUPS).join(', ')}, or an IMDb type: ${IMDB_TITLE_TYPES.join(', ')})`,
    );
    this.name = 'UnknownTitleTypeError';
  }
}
