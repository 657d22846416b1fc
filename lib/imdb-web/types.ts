export type OnlineTitleSource = 'suggestion' | 'find' | 'advanced-search';

/** A title found on IMDb's website, in the datasets' vocabulary (tconst, titleType names). */
export interface OnlineTitle {
  tconst: string;
  title: string;
  year: number | null;
  type: string | null;
  rating?: number | null;
  votes?: number | null;
  runtimeMinutes?: number | null;
  source: OnlineTitleSource;
}

export const SOURCE_LABELS: Record<OnlineTitleSource, string> = {
  suggestion: 'IMDb suggestions',
  find: 'IMDb find page',
  'advanced-search': 'IMDb advanced search',
};

/** The answer came, but not in a shape the configured selectors and JSON paths can read. */
export class LayoutNotRecognisedError extends Error {
  constructor(
    readonly what: string,
    readonly reason: string,
  ) {
    super(`${what}: layout not recognised (${reason})`);
    this.name = 'LayoutNotRecognisedError';
  }
}
