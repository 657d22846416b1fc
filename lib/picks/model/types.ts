// The grade model's inputs and outputs. Plain data, no database: the app, the CLIs and the
// tests all feed it the same shapes.

export const ROLES = ['director', 'writer', 'cast', 'composer'] as const;
export type Role = (typeof ROLES)[number];

/** A person credited on a title. `id` is the nconst when known (import files give names only). */
export interface Credit {
  id: string | null;
  name: string;
}

/** What the model knows of a title. */
export interface TitleFeatures {
  tconst: string;
  title: string | null;
  year: number | null;
  runtimeMinutes: number | null;
  titleType: string | null;
  genres: string[];
  rating: number | null;
  votes: number | null;
  people: Record<Role, Credit[]>;
  /** For an episode: its series (the parent tconst, or the series name an import file gives). */
  series: string | null;
}

/** A title the person graded (their latest grade for it). */
export interface GradedTitle extends TitleFeatures {
  grade: number;
  /** When it was graded (YYYY-MM-DD), for the forward-in-time evaluation. */
  ratedOn?: string | null;
}

type ReasonKind = 'person' | 'genre' | 'imdb' | 'decade' | 'runtime' | 'type' | 'series' | 'average';

/** One reason behind a prediction; `effect` is its share of the grade, in grade points. */
export interface Reason {
  kind: ReasonKind;
  /** What the reason is about ("genre:Drama", "person:jane campion"): two reasons never share one. */
  subject: string;
  text: string;
  effect: number;
}

export interface Prediction {
  /** The grade shown: the expectation rounded to the person's own grade step. */
  grade: number;
  /** The unrounded expectation (what lists rank by). */
  expected: number;
  /** Where the person's grade likely falls (from cross-validated residuals), in their grade step. */
  range: [number, number];
  reasons: Reason[];
}

export function emptyPeople(): Record<Role, Credit[]> {
  return { director: [], writer: [], cast: [], composer: [] };
}
