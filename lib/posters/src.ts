// Where the app serves a cached poster; safe for client components (no server code).

export type PosterVariant = 'large' | 'small';

/** A cached poster's version (it changes when the file does), or null for the letter tile. */
export type PosterVersion = string | null;

export function posterSrc(tconst: string, version: string, variant: PosterVariant): string {
  return `/api/v1/posters/${tconst}?size=${variant}&v=${version}`;
}

/** The cached posters of a screen's titles: tconst → version (absent: the letter tile). */
export type PosterMap = Record<string, string>;
