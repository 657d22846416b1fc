import {
  fitImdbLine,
  fitMedianLine,
  gradeStep,
  meanOf,
  predictImdbLine,
  predictMedianLine,
  roundToStep,
} from './baselines';
import { assignFolds, forwardSplit, splitFold } from './folds';
import { predictGrade } from './predict';
import { clampGrade, describeModel, trainModel } from './train';
import type { GradedTitle } from './types';

// How well the model predicts grades it has not seen, against three baselines (the person's mean;
// the least-squares line through IMDb's rating; the median line, rounded to the person's grade
// step). Two protocols: repeated k-fold cross-validation, and a forward split in time (train on
// the grades before a date, predict those after it). Every predictor is fitted on the training
// part only; the model makes its own choices by cross-validation inside that part.

const PREDICTORS = ['model', 'meanGrade', 'imdbLinear', 'imdbLadRounded'] as const;
export type Predictor = (typeof PREDICTORS)[number];
export type Scores = Record<Predictor, number>;

export interface ProtocolResult {
  /** Titles predicted. */
  n: number;
  mae: Scores;
  /** Standard error of the model's MAE minus the rounded median line's (paired, per title). */
  seVsMedian: number;
}

export interface Evaluation extends ProtocolResult {
  folds: number;
  shuffles: number;
  /** Standard deviation of each predictor's MAE over the shuffles. */
  spread: Scores;
  forward: (ProtocolResult & { trained: number; from: string }) | null;
  /** What each outer training part chose. */
  chosen: string[];
}

/** Absolute errors of every predictor on `test`, each fitted on `train` only. */
function errorsOn(train: GradedTitle[], test: GradedTitle[], chosen: string[]): Record<Predictor, number[]> {
  const model = trainModel(train);
  chosen.push(describeModel(model));
  const mean = meanOf(train);
  const line = fitImdbLine(train);
  const median = fitMedianLine(train);
  const step = gradeStep(train);
  const predictions: Record<Predictor, (t: GradedTitle) => number> = {
    model: (t) => predictGrade(model, t).grade,
    meanGrade: () => clampGrade(mean),
    imdbLinear: (t) => clampGrade(predictImdbLine(line, t, mean)),
    imdbLadRounded: (t) => roundToStep(predictMedianLine(median, t), step),
  };
  return Object.fromEntries(
    PREDICTORS.map((p) => [p, test.map((t) => Math.abs(predictions[p](t) - t.grade))]),
  ) as Record<Predictor, number[]>;
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function standardError(diffs: number[]): number {
  const m = average(diffs);
  const variance = diffs.reduce((a, d) => a + (d - m) ** 2, 0) / Math.max(1, diffs.length - 1);
  return Math.sqrt(variance / Math.max(1, diffs.length));
}

function summarise(errors: Record<Predictor, number[]>): ProtocolResult {
  return {
    n: errors.model.length,
    mae: Object.fromEntries(PREDICTORS.map((p) => [p, average(errors[p])])) as Scores,
    seVsMedian: standardError(errors.model.map((e, i) => e - errors.imdbLadRounded[i])),
  };
}

export function evaluateModel(graded: GradedTitle[], k = 10, shuffles = 10, testShare = 0.3): Evaluation {
  const chosen: string[] = [];
  const perShuffle: Scores[] = [];
  // Each title's errors summed over the shuffles, for the paired standard error.
  const total = Object.fromEntries(PREDICTORS.map((p) => [p, new Array(graded.length).fill(0)])) as Record<
    Predictor,
    number[]
  >;
  for (let s = 1; s <= shuffles; s++) {
    const folds = assignFolds(graded.length, k, s);
    const errors = Object.fromEntries(PREDICTORS.map((p) => [p, new Array(graded.length).fill(0)])) as Record<
      Predictor,
      number[]
    >;
    for (let f = 0; f < k; f++) {
      const [train, test] = splitFold(graded, folds, f);
      if (!test.length) continue;
      const fold = errorsOn(train, test, chosen);
      const rows = graded.flatMap((_, i) => (folds[i] === f ? [i] : []));
      for (const p of PREDICTORS)
        rows.forEach((row, j) => {
          errors[p][row] = fold[p][j];
          total[p][row] += fold[p][j] / shuffles;
        });
    }
    perShuffle.push(Object.fromEntries(PREDICTORS.map((p) => [p, average(errors[p])])) as Scores);
  }
  const summary = summarise(total);
  const spread = Object.fromEntries(
    PREDICTORS.map((p) => {
      const values = perShuffle.map((r) => r[p]);
      const m = average(values);
      return [p, Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / Math.max(1, values.length - 1))];
    }),
  ) as Scores;
  const split = forwardSplit(graded, testShare);
  const forward = split
    ? { ...summarise(errorsOn(split[0], split[1], [])), trained: split[0].length, from: split[2] }
    : null;
  return { ...summary, folds: k, shuffles, spread, forward, chosen };
}
