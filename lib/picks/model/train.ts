import { fitImdbLine, type ImdbLine, meanOf, predictImdbLine } from './baselines';
import { designFor, type FeatureDesign, featureVector, trainingMatrix } from './features';
import { assignFolds, splitFold } from './folds';
import { fitRidge, predictRidge, type RidgeFit } from './ridge';
import { buildStats, type GradeStats } from './stats';
import type { GradedTitle } from './types';

// Training: candidates are the two baselines and ridge regressions on what IMDb's line leaves
// unexplained, over a grid of penalties and shrinkages. Cross-validation *inside the training
// titles* scores them: when a baseline scores best it is the model (so the model is not worse
// than a baseline on this person's data, and with few grades it falls back to IMDb's rating);
// otherwise the model averages the best few ridge candidates, which steadies the choice.

export type ModelKind = 'mean' | 'imdb' | 'ridge';

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

export interface TrainedModel {
  kind: ModelKind;
  n: number;
  mean: number;
  line: ImdbLine;
  stats: GradeStats;
  members: Member[];
  /** Inner cross-validated MAE of each candidate, by label, best first. */
  validation: { label: string; mae: number }[];
}

export interface TrainOptions {
  folds?: number;
  seed?: number;
}

const LAMBDAS = [0.03, 0.1, 0.3, 1, 3];
const SHRINKAGE: [number, number][] = [
  [0.5, 3],
  [1, 5],
  [3, 10],
];
/** With many grades the shrinkage matters little and each fit costs more: the middle one only. */
const SHRINKAGE_LARGE: [number, number][] = [[1, 5]];
const ENSEMBLE = 8;
/** Below this many grades only the baselines are candidates; below MIN_CV there is no choice to make. */
const MIN_RIDGE = 20;
const MIN_CV = 8;
const LARGE = 2000;

export function label(c: Candidate): string {
  return c.kind === 'ridge' ? `ridge λ=${c.lambda} k=${c.kPeople}/${c.kGenre}` : c.kind;
}

export const clampGrade = (g: number) => Math.min(10, Math.max(0.5, g));

function fitMembers(train: GradedTitle[], stats: GradeStats, line: ImdbLine, candidates: Candidate[]): Member[] {
  const mean = meanOf(train);
  const residuals = train.map((t) => t.grade - predictImdbLine(line, t, mean));
  const members: Member[] = [];
  for (const [kPeople, kGenre] of SHRINKAGE) {
    const wanted = candidates.filter((c) => c.kPeople === kPeople && c.kGenre === kGenre);
    if (!wanted.length) continue;
    const design = designFor(train, kPeople, kGenre);
    const fits = fitRidge(
      trainingMatrix(train, stats, design),
      residuals,
      wanted.map((c) => c.lambda ?? 1),
    );
    wanted.forEach((candidate, i) => {
      members.push({ candidate, design, fit: fits[i] });
    });
  }
  return members;
}

const ridgeCandidates = (n: number): Candidate[] =>
  (n >= LARGE ? SHRINKAGE_LARGE : SHRINKAGE).flatMap(([kPeople, kGenre]) =>
    LAMBDAS.map((lambda) => ({ kind: 'ridge' as const, lambda, kPeople, kGenre })),
  );

function crossValidate(graded: GradedTitle[], k: number, seed: number) {
  const folds = assignFolds(graded.length, k, seed);
  // Each candidate's absolute error on each title (by index), for paired comparisons.
  const errors = new Map<string, [Candidate, number[]]>();
  let index = 0;
  const record = (candidate: Candidate, error: number) => {
    const key = label(candidate);
    let entry = errors.get(key);
    if (!entry) {
      entry = [candidate, new Array<number>(graded.length).fill(0)];
      errors.set(key, entry);
    }
    entry[1][index] = error;
  };
  for (let f = 0; f < k; f++) {
    const [train, test] = splitFold(graded, folds, f);
    if (!test.length || !train.length) continue;
    const mean = meanOf(train);
    const line = fitImdbLine(train);
    const stats = buildStats(train);
    const members = train.length >= MIN_RIDGE ? fitMembers(train, stats, line, ridgeCandidates(graded.length)) : [];
    // Members share a design per shrinkage: each held-out title's features are computed once per design.
    const rows = new Map<FeatureDesign, number[][]>();
    for (const m of members) {
      if (!rows.has(m.design))
        rows.set(
          m.design,
          test.map((t) => featureVector(t, stats, null, m.design)),
        );
    }
    test.forEach((t, i) => {
      index = graded.indexOf(t);
      const base = predictImdbLine(line, t, mean);
      record({ kind: 'mean' }, Math.abs(clampGrade(mean) - t.grade));
      record({ kind: 'imdb' }, Math.abs(clampGrade(base) - t.grade));
      for (const m of members) {
        const row = (rows.get(m.design) as number[][])[i];
        record(m.candidate, Math.abs(clampGrade(base + predictRidge(m.fit, row)) - t.grade));
      }
    });
  }
  return [...errors]
    .map(([key, [candidate, errs]]) => ({
      label: key,
      candidate,
      errs,
      mae: errs.reduce((a, b) => a + b, 0) / errs.length,
    }))
    .sort((a, b) => a.mae - b.mae);
}

/**
 * Whether the best ridge candidate beats the better baseline by more than one standard error of
 * the paired difference: the best of many candidates looks better than it is, and on small or
 * noisy journals a baseline is the safer choice.
 */
function clearlyBetter(ridge: number[], baseline: number[]): boolean {
  const n = ridge.length;
  const diffs = ridge.map((e, i) => e - baseline[i]);
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / Math.max(1, n - 1));
  return mean < -sd / Math.sqrt(n);
}

/** What the model is, in words: "imdb", or the ridge candidates it averages. */
export function describeModel(model: TrainedModel): string {
  return model.kind === 'ridge' ? model.members.map((m) => label(m.candidate)).join(' + ') : model.kind;
}

export function trainModel(graded: GradedTitle[], options: TrainOptions = {}): TrainedModel {
  // Large journals need fewer folds for a steady choice, and each fold costs a full fit.
  const k = Math.min(options.folds ?? (graded.length >= LARGE ? 3 : 5), graded.length);
  const validation = graded.length >= MIN_CV ? crossValidate(graded, k, options.seed ?? 7) : [];
  const baseline = validation.find((v) => v.candidate.kind !== 'ridge');
  const bestRidge = validation.find((v) => v.candidate.kind === 'ridge');
  const best: Candidate =
    bestRidge && baseline && clearlyBetter(bestRidge.errs, baseline.errs)
      ? bestRidge.candidate
      : (baseline?.candidate ?? { kind: 'imdb' });
  const mean = meanOf(graded);
  // With a handful of grades the slope is pulled toward 1: grade ≈ IMDb rating + the person's offset.
  const line = fitImdbLine(graded, graded.length < MIN_CV ? 10 : 0);
  const stats = buildStats(graded);
  const chosen = validation.filter((v) => v.candidate.kind === 'ridge').slice(0, ENSEMBLE);
  const members =
    best.kind === 'ridge'
      ? fitMembers(
          graded,
          stats,
          line,
          chosen.map((v) => v.candidate),
        )
      : [];
  return {
    kind: best.kind,
    n: graded.length,
    mean,
    line,
    stats,
    members,
    validation: validation.map(({ label, mae }) => ({ label, mae })),
  };
}
