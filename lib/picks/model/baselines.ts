import type { GradedTitle, TitleFeatures } from './types';

// The two baselines the model must beat: the person's mean grade, and a straight line
// through IMDb's rating (least squares). Titles without an IMDb rating get the mean.

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
