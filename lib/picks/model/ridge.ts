import { Matrix, solve } from 'ml-matrix';

// Ridge regression on standardised features (ml-matrix does the linear algebra). The penalty
// is given per row (`lambda * n`), so one grid fits every journal size; X'X is computed once
// for the whole grid. A feature almost constant in training (a type or genre of one or two
// titles) is left out, and a title far outside the training range counts as at most Z_MAX
// standard deviations: a lone rare value must not swing a prediction.

export interface RidgeFit {
  means: number[];
  /** Standard deviation of each feature in training; 0 for features left out. */
  scales: number[];
  intercept: number;
  /** Coefficients on the standardised features. */
  weights: number[];
}

const Z_MAX = 5;
/** A feature needs this many training rows away from its most common value. */
const MIN_VARYING = 2;

function varyingRows(column: number[]): number {
  const counts = new Map<number, number>();
  for (const v of column) counts.set(v, (counts.get(v) ?? 0) + 1);
  return column.length - Math.max(...counts.values());
}

const standardised = (fit: RidgeFit, v: number, j: number) =>
  fit.scales[j] > 0 ? Math.max(-Z_MAX, Math.min(Z_MAX, (v - fit.means[j]) / fit.scales[j])) : 0;

export function fitRidge(rows: number[][], y: number[], lambdas: number[]): RidgeFit[] {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const means = new Array<number>(p).fill(0);
  const scales = new Array<number>(p).fill(0);
  for (const row of rows) for (let j = 0; j < p; j++) means[j] += row[j] / n;
  for (const row of rows) for (let j = 0; j < p; j++) scales[j] += (row[j] - means[j]) ** 2 / n;
  for (let j = 0; j < p; j++) {
    const varying = scales[j] > 1e-12 && varyingRows(rows.map((r) => r[j])) >= MIN_VARYING;
    scales[j] = varying ? Math.sqrt(scales[j]) : 0;
  }
  const shape: RidgeFit = { means, scales, intercept: 0, weights: [] };
  const x = new Matrix(rows.map((row) => row.map((v, j) => standardised(shape, v, j))));
  const intercept = y.reduce((a, b) => a + b, 0) / n;
  const xt = x.transpose();
  const xtx = xt.mmul(x);
  const xty = xt.mmul(Matrix.columnVector(y.map((v) => v - intercept)));
  return lambdas.map((lambda) => {
    const a = xtx.clone();
    // The tiny ridge on every column keeps the system solvable when columns were left out.
    for (let j = 0; j < p; j++) a.set(j, j, a.get(j, j) + lambda * n + 1e-9);
    return { means, scales, intercept, weights: solve(a, xty).getColumn(0) };
  });
}

/** The per-feature contributions of `row` (weight × standardised distance from the training mean). */
export function contributions(fit: RidgeFit, row: number[]): number[] {
  return row.map((v, j) => fit.weights[j] * standardised(fit, v, j));
}

export function predictRidge(fit: RidgeFit, row: number[]): number {
  return contributions(fit, row).reduce((a, b) => a + b, fit.intercept);
}
