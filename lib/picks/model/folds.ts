// Deterministic k-fold assignment, so that evaluations and model choices are reproducible, and
// the split forward in time.

import type { GradedTitle } from './types';

/** Fold index (0…k-1) of each of `n` rows: a seeded shuffle dealt round-robin. */
export function assignFolds(n: number, k: number, seed = 1): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: tiny, fast and good enough to shuffle rows.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const folds = new Array<number>(n);
  order.forEach((row, position) => {
    folds[row] = position % k;
  });
  return folds;
}

/** Rows of `items` split by fold: [training, held out]. */
export function splitFold<T>(items: T[], folds: number[], fold: number): [T[], T[]] {
  const train: T[] = [];
  const test: T[] = [];
  items.forEach((item, i) => {
    (folds[i] === fold ? test : train).push(item);
  });
  return [train, test];
}

/**
 * The forward split: titles graded before the cut-off date train, the rest (about `testShare` of
 * the dated titles, or of the days they were graded on) are predicted. Titles graded on the
 * cut-off day are all tested, so nothing trained on is later than anything tested.
 */
export function forwardSplit(
  graded: GradedTitle[],
  testShare = 0.3,
  by: 'titles' | 'days' = 'titles',
): [GradedTitle[], GradedTitle[], string] | null {
  const dated = graded
    .filter((t) => t.ratedOn)
    .sort((a, b) => (a.ratedOn as string).localeCompare(b.ratedOn as string));
  if (dated.length < 10) return null;
  // By days, a day of grading a backlog in bulk counts once, like any other day.
  const points =
    by === 'days' ? [...new Set(dated.map((t) => t.ratedOn as string))] : dated.map((t) => t.ratedOn as string);
  const cutoff = points[Math.min(points.length - 1, Math.floor(points.length * (1 - testShare)))];
  const train = dated.filter((t) => (t.ratedOn as string) < cutoff);
  const test = dated.filter((t) => (t.ratedOn as string) >= cutoff);
  return train.length >= 5 && test.length ? [train, test, cutoff] : null;
}
