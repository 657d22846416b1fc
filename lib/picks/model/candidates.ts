import { fitMedianLine, type MedianLine, predictMedianLine, roundToStep } from './baselines';
import { designFor, type FeatureDesign, featureVector, trainingMatrix } from './features';
import { assignFolds, splitFold } from './folds';
import { fitRidge, predictRidge, type RidgeFit } from './ridge';
import { buildStats, type GradeStats } from './stats';
import { type Forest, fitForest, predictForest } from './trees';
import type { GradedTitle } from './types';

// The candidates training chooses from, and the inner cross-validation that scores them. Every
// feature model learns what the median line through IMDb's rating leaves unexplained; every
// candidate's prediction is rounded to the person's grade step before it is scored, since that
// is what is shown.

export type ModelKind = 'imdb' | 'median' | 'ridge' | 'trees' | 'blend';

export interface Candidate {
  kind: ModelKind;
  lambda?: number;
  kPeople?: number;
  kGenre?: number;
}

/** One ridge regression of the model. */
export interface Member {
  candidate: Candidate;
  design: FeatureDesign;
  fit: RidgeFit;
}

export interface TreeModel {
  design: FeatureDesign;
  fit: Forest;
}

export interface Scored {
  label: string;
  candidate: Candidate;
  /** Absolute error of the rounded prediction, per title (by index), for paired comparisons. */
  errs: number[];
  /** Grade minus the unrounded expectation, per title: the spread behind the ranges shown. */
  residuals: number[];
  mae: number;
}

const LAMBDAS = [0.03, 0.1, 0.3, 1, 3];
/** Pseudo-titles of shrinkage (people, genres/decades): hard at small counts. */
const SHRINKAGE: [number, number][] = [
  [1, 5],
  [3, 10],
  [6, 20],
];
/** With many grades the shrinkage matters little and each fit costs more: the middle one only. */
const SHRINKAGE_LARGE: [number, number][] = [[3, 10]];
/** The trees use the middle shrinkage. */
const TREE_SHRINKAGE: [number, number] = [3, 10];
export const LARGE = 2000;
/** Below this many grades only the median line is a candidate. */
export const MIN_FEATURES = 20;
export const TREE_WEIGHT = 0.5;

export function label(c: Candidate): string {
  return c.kind === 'ridge' || c.kind === 'blend' ? `${c.kind} λ=${c.lambda} k=${c.kPeople}/${c.kGenre}` : c.kind;
}

export const clampGrade = (g: number) => Math.min(10, Math.max(0.5, g));

const ridgeCandidates = (n: number): Candidate[] =>
  (n >= LARGE ? SHRINKAGE_LARGE : SHRINKAGE).flatMap(([kPeople, kGenre]) =>
    LAMBDAS.map((lambda) => ({ kind: 'ridge' as const, lambda, kPeople, kGenre })),
  );

const residualsOf = (train: GradedTitle[], line: MedianLine) => train.map((t) => t.grade - predictMedianLine(line, t));

export function fitMembers(train: GradedTitle[], stats: GradeStats, line: MedianLine, wanted: Candidate[]): Member[] {
  const residuals = residualsOf(train, line);
  const members: Member[] = [];
  const designs = [...new Set(wanted.map((c) => `${c.kPeople}/${c.kGenre}`))];
  for (const key of designs) {
    const group = wanted.filter((c) => `${c.kPeople}/${c.kGenre}` === key);
    const design = designFor(train, group[0].kPeople ?? 1, group[0].kGenre ?? 5);
    const fits = fitRidge(
      trainingMatrix(train, stats, design),
      residuals,
      group.map((c) => c.lambda ?? 1),
    );
    group.forEach((candidate, i) => {
      members.push({ candidate, design, fit: fits[i] });
    });
  }
  return members;
}

export function fitTrees(train: GradedTitle[], stats: GradeStats, line: MedianLine): TreeModel {
  const design = designFor(train, ...TREE_SHRINKAGE);
  return { design, fit: fitForest(trainingMatrix(train, stats, design), residualsOf(train, line)) };
}

type Recorder = (candidate: Candidate, index: number, expected: number, grade: number) => void;

/** Fits every candidate on `train` and records its prediction of each `test` title (`at` gives its index). */
function scoreFold(
  train: GradedTitle[],
  test: GradedTitle[],
  at: (i: number) => number,
  size: number,
  record: Recorder,
) {
  const line = fitMedianLine(train);
  const stats = buildStats(train);
  const features = train.length >= MIN_FEATURES;
  const members = features ? fitMembers(train, stats, line, ridgeCandidates(size)) : [];
  const trees = features ? fitTrees(train, stats, line) : null;
  // Each held-out title's features are computed once per design.
  const rows = new Map<FeatureDesign, number[][]>();
  for (const design of [...members.map((m) => m.design), ...(trees ? [trees.design] : [])])
    if (!rows.has(design))
      rows.set(
        design,
        test.map((t) => featureVector(t, stats, null, design)),
      );
  test.forEach((t, i) => {
    const index = at(i);
    const base = predictMedianLine(line, t);
    record({ kind: 'median' }, index, base, t.grade);
    if (!trees) return;
    const tree = predictForest(trees.fit, (rows.get(trees.design) as number[][])[i]);
    record({ kind: 'trees' }, index, base + tree, t.grade);
    for (const m of members) {
      const ridge = predictRidge(m.fit, (rows.get(m.design) as number[][])[i]);
      record(m.candidate, index, base + ridge, t.grade);
      record({ ...m.candidate, kind: 'blend' }, index, base + (1 - TREE_WEIGHT) * ridge + TREE_WEIGHT * tree, t.grade);
    }
  });
}

/** Scores of every candidate over `size` titles, filled in by `run`; best (lowest rounded MAE) first. */
function scoreAll(size: number, step: number, run: (record: Recorder) => void): Scored[] {
  const scored = new Map<string, Scored>();
  run((candidate, index, expected, grade) => {
    const key = label(candidate);
    let entry = scored.get(key);
    if (!entry) {
      entry = { label: key, candidate, errs: new Array(size).fill(0), residuals: new Array(size).fill(0), mae: 0 };
      scored.set(key, entry);
    }
    const e = clampGrade(expected);
    entry.errs[index] = Math.abs(roundToStep(e, step) - grade);
    entry.residuals[index] = grade - e;
  });
  return [...scored.values()]
    .map((s) => ({ ...s, mae: s.errs.reduce((a, b) => a + b, 0) / Math.max(1, s.errs.length) }))
    .sort((a, b) => a.mae - b.mae);
}

/** Inner k-fold cross-validation of every candidate on `graded`, best first. */
export function crossValidate(graded: GradedTitle[], k: number, seed: number, step: number): Scored[] {
  const folds = assignFolds(graded.length, k, seed);
  const indexOf = new Map(graded.map((t, i) => [t, i]));
  return scoreAll(graded.length, step, (record) => {
    for (let f = 0; f < k; f++) {
      const [train, test] = splitFold(graded, folds, f);
      if (test.length && train.length)
        scoreFold(train, test, (i) => indexOf.get(test[i]) as number, graded.length, record);
    }
  });
}

/** Every candidate fitted on the earlier grades and scored on the later ones (see forwardSplit). */
export function validateForward(train: GradedTitle[], test: GradedTitle[], size: number, step: number): Scored[] {
  return scoreAll(test.length, step, (record) => scoreFold(train, test, (i) => i, size, record));
}

/**
 * Whether `errs` beat `baseline` by more than one standard error of the paired difference: the
 * best of many candidates looks better than it is, and on small or noisy journals the median
 * line is the safer choice.
 */
export function clearlyBetter(errs: number[], baseline: number[]): boolean {
  const n = errs.length;
  const diffs = errs.map((e, i) => e - baseline[i]);
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / Math.max(1, n - 1));
  return mean < -sd / Math.sqrt(n);
}
