// Deterministic k-fold assignment, so that evaluations and model choices are reproducible.

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

export function meanAbsoluteError(predicted: number[], actual: number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(predicted[i] - actual[i]);
  return actual.length ? sum / actual.length : 0;
}
