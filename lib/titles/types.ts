// IMDb's title types and the groups the app speaks of. Shared by the ETL (which title types
// it keeps), search filters, statistics and title pages: one definition of "series".

/** IMDb's title types (title.basics titleType). */
export const TITLE_TYPES = [
  'movie',
  'short',
  'tvSeries',
  'tvEpisode',
  'tvMovie',
  'tvMiniSeries',
  'tvShort',
  'tvSpecial',
  'video',
  'videoGame',
  'tvPilot',
] as const;

export type TitleType = (typeof TITLE_TYPES)[number];

/** A series: a show with episodes. */
export const SERIES_TYPES: readonly TitleType[] = ['tvSeries', 'tvMiniSeries'];

/** What the statistics count as "series": series and viewings of their single episodes. */
export const SERIES_AND_EPISODE_TYPES: readonly TitleType[] = [...SERIES_TYPES, 'tvEpisode'];

export function isSeriesType(type: string | null | undefined): boolean {
  return type != null && (SERIES_TYPES as readonly string[]).includes(type);
}

/**
 * An episode's series when only its title is known: IMDb's exports name episodes
 * "Series: Episode" (the series name may itself hold a colon, the episode's rarely does).
 */
export function seriesFromTitle(titleType: string | null, title: string | null): string | null {
  if (!title || !titleType || !/episode/i.test(titleType)) return null;
  const cut = title.lastIndexOf(': ');
  return cut > 0 ? title.slice(0, cut) : null;
}
