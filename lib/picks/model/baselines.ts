import type { GradedTitle, TitleFeatures } from './types';

// The baselines the model must beat: the person's mean grade, a straight line through IMDb's
// rating by least squares (titles without a rating get the mean), and the same line by least
// absolute deviations (the median line), rounded to the person's grade step.

export interface ImdbLine {
  mean: number;
  ratingMean: number;
  slope: number;
}

export function meanOf(graded: GradedTitle[], fallback = 7): number {
  return graded.length ? graded.reduce((a, t) => a + t.grade, 0) / graded.length : fallback;
}

/**
 * Least squares of grade on IMDb rating. With very few rated titles the slope is pulled toward 1
 * (grade = IMDb rating + the person's offset), which is what a new user is best served by.
 */
export function fitImdbLine(graded: GradedTitle[], prior = 0): ImdbLine {
  const rated = graded.filter((t) => t.rating !== null);
  const mean = meanOf(graded);
  if (rated.length === 0) return { mean, ratingMean: 0, slope: 0 };
  const rm = rated.reduce((a, t) => a + (t.rating ?? 0), 0) / rated.length;
  const gm = meanOf(rated);
  let sxx = 0;
  let sxy = 0;
  for (const t of rated) {
    sxx += ((t.rating ?? 0) - rm) ** 2;
    sxy += ((t.rating ?? 0) - rm) * (t.grade - gm);
  }
  const slope = sxx + prior > 0 ? (sxy + prior) / (sxx + prior) : 1;
  // The line passes through the rated titles' means; unrated titles fall back to the overall mean.
  return { mean: gm, ratingMean: rm, slope };
}

export function predictImdbLine(line: ImdbLine, title: TitleFeatures, overallMean: number): number {
  return title.rating === null ? overallMean : line.mean + line.slope * (title.rating - line.ratingMean);
}

/** A line through IMDb's rating fitted by least absolute deviations (a median line). */
export interface MedianLine {
  intercept: number;
  slope: number;
  /** Median grade, for titles without an IMDb rating. */
  median: number;
}

export function median(values: ArrayLike<number>): number {
  if (!values.length) return 7;
  // A typed array sorts numerically, natively: this is the hot spot of the median fits.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Least absolute deviations of grade on IMDb rating. For a fixed slope the best intercept is the
 * median of grade − slope × rating, and the remaining error is convex in the slope: a ternary search
 * over slopes finds the minimum without an iterative solver's tuning.
 */
export function fitMedianLine(graded: GradedTitle[]): MedianLine {
  const rated = graded.filter((t) => t.rating !== null);
  const med = median(graded.map((t) => t.grade));
  if (rated.length < 3) return { intercept: med, slope: 0, median: med };
  const x = rated.map((t) => t.rating as number);
  const y = rated.map((t) => t.grade);
  const shifted = new Float64Array(y.length);
  const at = (slope: number) => {
    for (let i = 0; i < y.length; i++) shifted[i] = y[i] - slope * x[i];
    const intercept = median(shifted);
    let error = 0;
    for (let i = 0; i < y.length; i++) error += Math.abs(y[i] - intercept - slope * x[i]);
    return { intercept, error };
  };
  let lo = -1;
  let hi = 3;
  for (let i = 0; i < 30; i++) {
    const a = lo + (hi - lo) / 3;
    const b = hi - (hi - lo) / 3;
    if (at(a).error <= at(b).error) hi = b;
    else lo = a;
  }
  const slope = (lo + hi) / 2;
  return { intercept: at(slope).intercept, slope, median: med };
}

export function predictMedianLine(line: MedianLine, title: TitleFeatures): number {
  return title.rating === null ? line.median : line.intercept + line.slope * title.rating;
}

/**
 * The person's grade step: 1 when they grade in whole numbers, 0.5 in halves, else 0.1. Mean
 * absolute error rewards predicting the median, and for someone who grades in whole numbers that
 * is a whole number.
 */
export function gradeStep(graded: GradedTitle[]): number {
  if (!graded.length) return 1;
  const share = (step: number) =>
    graded.filter((t) => Math.abs(t.grade / step - Math.round(t.grade / step)) < 1e-6).length / graded.length;
  if (share(1) >= 0.9) return 1;
  return share(0.5) >= 0.9 ? 0.5 : 0.1;
}

/** A grade rounded to `step`, within the scale (0.5–10, or 1–10 for whole numbers). */
export function roundToStep(grade: number, step: number): number {
  const rounded = Math.round(grade / step) * step;
  return Math.min(10, Math.max(step >= 1 ? 1 : 0.5, Math.round(rounded * 10) / 10));
}
