import { Matrix, solve } from 'ml-matrix';

// Ridge regression on standardised features (ml-matrix does the linear algebra). The penalty
// is given per row (`lambda * n`), so one grid fits every journal size; X'X is computed once
// for the whole grid.

export interface RidgeFit {
  means: number[];
  intercept: number;
  coefficients: number[];
}

export function fitRidge(rows: number[][], y: number[], lambdas: number[]): RidgeFit[] {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const means = new Array<number>(p).fill(0);
  const scales = new Array<number>(p).fill(0);
  for (const row of rows) for (let j = 0; j < p; j++) means[j] += row[j] / n;
  for (const row of rows) for (let j = 0; j < p; j++) scales[j] += (row[j] - means[j]) ** 2 / n;
  for (let j = 0; j < p; j++) scales[j] = Math.sqrt(scales[j]);
  // A column that does not vary carries nothing; a zero column keeps the system well posed.
  const x = new Matrix(rows.map((row) => row.map((v, j) => (scales[j] > 1e-9 ? (v - means[j]) / scales[j] : 0))));
  const intercept = y.reduce((a, b) => a + b, 0) / n;
  const xt = x.transpose();
  const xtx = xt.mmul(x);
  const xty = xt.mmul(Matrix.columnVector(y.map((v) => v - intercept)));
  return lambdas.map((lambda) => {
    const a = xtx.clone();
    for (let j = 0; j < p; j++) a.set(j, j, a.get(j, j) + lambda * n + 1e-9);
    const beta = solve(a, xty).getColumn(0);
    return { means, intercept, coefficients: beta.map((b, j) => (scales[j] > 1e-9 ? b / scales[j] : 0)) };
  });
}

/** The per-feature contributions of `row` (coefficient × distance from the training mean). */
export function contributions(fit: RidgeFit, row: number[]): number[] {
  return row.map((v, j) => fit.coefficients[j] * (v - fit.means[j]));
}

export function predictRidge(fit: RidgeFit, row: number[]): number {
  return contributions(fit, row).reduce((a, b) => a + b, fit.intercept);
}
