import { fitImdbLine, meanOf, predictImdbLine } from './baselines';
import { assignFolds, meanAbsoluteError, splitFold } from './folds';
import { predictGrade } from './predict';
import { clampGrade, describeModel, trainModel } from './train';
import type { GradedTitle } from './types';

// Outer k-fold cross-validation of the model against the two baselines. Each outer training
// part trains a model from scratch (with its own inner cross-validation), so the held-out
// fold never influences any choice.

export interface Evaluation {
  n: number;
  folds: number;
  mae: { model: number; meanGrade: number; imdbLinear: number };
  /** Which candidate each outer fold's training chose. */
  chosen: string[];
}

export function evaluateModel(graded: GradedTitle[], k = 5, seed = 1): Evaluation {
  const folds = assignFolds(graded.length, k, seed);
  const actual: number[] = [];
  const model: number[] = [];
  const meanGrade: number[] = [];
  const imdbLinear: number[] = [];
  const chosen: string[] = [];
  for (let f = 0; f < k; f++) {
    const [train, test] = splitFold(graded, folds, f);
    if (!test.length) continue;
    const trained = trainModel(train);
    chosen.push(describeModel(trained));
    const mean = meanOf(train);
    const line = fitImdbLine(train);
    for (const t of test) {
      actual.push(t.grade);
      model.push(predictGrade(trained, t).grade);
      meanGrade.push(clampGrade(mean));
      imdbLinear.push(clampGrade(predictImdbLine(line, t, mean)));
    }
  }
  return {
    n: graded.length,
    folds: k,
    mae: {
      model: meanAbsoluteError(model, actual),
      meanGrade: meanAbsoluteError(meanGrade, actual),
      imdbLinear: meanAbsoluteError(imdbLinear, actual),
    },
    chosen,
  };
}
