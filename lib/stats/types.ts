import type { StatsRange } from './range';

// The figures, as plain JSON-friendly values (the API returns them as they are).

export interface Totals {
  viewings: number;
  /** Distinct titles. */
  titles: number;
  rewatches: number;
  /** Sum of the runtimes of all viewings (rewatches count again); titles without a runtime add nothing. */
  minutes: number;
  averageGrade: number | null;
  graded: number;
  directors: number;
  actors: number;
  /** Viewings by the precision of their date: what the time charts can place. `rated`: dated
   *  only by the day they were rated (watched on or before it), placed in their year and month
   *  but on no weekday, calendar day or streak. */
  precision: { day: number; rated: number; month: number; year: number; unknown: number };
}

interface Streak {
  days: number;
  from: string;
  to: string;
}

export interface Streaks {
  /** Most days in a row with a viewing (dated to the day). */
  longest: Streak | null;
  /** The run that includes today or yesterday, if any. */
  current: Streak | null;
  /** Most weeks (Monday–Sunday) in a row with a viewing. */
  longestWeeks: { weeks: number; from: string; to: string } | null;
}

export interface NewRewatch {
  key: string;
  label: string;
  fresh: number;
  rewatches: number;
}

export interface CountBucket {
  key: string;
  label: string;
  viewings: number;
  averageGrade: number | null;
}

export interface CalendarDay {
  date: string;
  viewings: number;
}

export interface Calendar {
  /** A Monday. */
  from: string;
  to: string;
  days: CalendarDay[];
}

export interface GradeCell {
  grade: number;
  rating: number;
  titles: number;
}

export interface GradeVsRating {
  cells: GradeCell[];
  titles: number;
  /** Average of (your grade − IMDb rating) over the titles with both. */
  averageGap: number | null;
  /** Least-squares line: grade = slope × rating + intercept. */
  slope: number | null;
  intercept: number | null;
  correlation: number | null;
}

export interface Disagreement {
  tconst: string;
  title: string | null;
  year: number | null;
  grade: number;
  rating: number;
  gap: number;
}

export type PersonRole = 'directors' | 'writers' | 'actors' | 'composers' | 'cinematographers';

export interface PersonFigure {
  nconst: string;
  name: string | null;
  /** Distinct titles seen in the range. */
  titles: number;
  graded: number;
  averageGrade: number | null;
  /** The average pulled toward your overall mean: (Σ grades + k × mean) / (graded + k). */
  score: number | null;
  /** Films (title type movie) of theirs in this role that you have never logged. */
  unseen: number;
}

export interface PeopleFigure {
  role: PersonRole;
  byTitles: PersonFigure[];
  byGrade: PersonFigure[];
  /** The minimum number of graded titles for the grade ranking, and the weight k of the mean. */
  minimum: number;
  priorWeight: number;
  mean: number | null;
}

export interface Dashboard {
  range: StatsRange;
  totals: Totals;
  streaks: Streaks;
  perYear: NewRewatch[];
  perMonth: NewRewatch[];
  weekdays: CountBucket[];
  calendar: Calendar;
  genres: CountBucket[];
  decades: CountBucket[];
  releaseYears: CountBucket[];
  runtimes: CountBucket[];
  types: CountBucket[];
  regions: CountBucket[];
  grades: CountBucket[];
  gradeVsRating: GradeVsRating;
  disagreements: { higher: Disagreement[]; lower: Disagreement[] };
  people: PeopleFigure[];
}

/** A title of a year in review, with its best grade and the day of the viewing shown. */
export interface ReviewTitle {
  tconst: string;
  title: string | null;
  year: number | null;
  grade: number | null;
  watchedOn: string | null;
  datePrecision: string;
}

/** A top-graded title; a series stands for its episodes seen that year too. */
export interface TopTitle extends ReviewTitle {
  /** How many of the series' episodes were graded that year (0 for anything else). */
  episodes: number;
}
