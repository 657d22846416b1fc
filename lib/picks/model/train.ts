import {
  fitImdbLine,
  fitMedianLine,
  gradeStep,
  type ImdbLine,
  type MedianLine,
  meanOf,
  predictImdbLine,
  predictMedianLine,
} from './baselines';
import {
  type Candidate,
  clampGrade,
  clearlyBetter,
  crossValidate,
  fitMembers,
  fitTrees,
  LARGE,
  label,
  type Member,
  MIN_FEATURES,
  type ModelKind,
  type Scored,
  TREE_WEIGHT,
  type TreeModel,
  validateForward,
} from './candidates';
import { forwardSplit } from './folds';
import { buildStats, type GradeStats } from './stats';
import type { GradedTitle, TitleFeatures } from './types';

// Training: the median line through IMDb's rating is the model unless a feature model (ridge,
// boosted trees, or both blended) beats it by more than one standard error in cross-validation
// inside the training titles. So on small or noisy journals the model is that line, and with a
// handful of grades it is IMDb's rating plus the person's usual offset.

export { clampGrade };

export interface TrainedModel {
  kind: ModelKind;
  n: number;
  mean: number;
  /** The person's grade step (1, 0.5 or 0.1): predictions are shown rounded to it. */
  step: number;
  /** Least-squares line (with few grades pulled toward slope 1): the model below MIN_CV grades. */
  line: ImdbLine;
  /** The median line, the base every feature model adds to. */
  median: MedianLine;
  stats: GradeStats;
  members: Member[];
  trees: TreeModel | null;
  /** Share of the trees in the prediction (0 for ridge alone, 1 for trees alone). */
  treeWeight: number;
  /** 10th and 90th percentiles of the chosen candidate's cross-validated residuals (grade − expectation). */
  spread: [number, number];
  /** Inner cross-validated MAE of each candidate, by label, best first. */
  validation: { label: string; mae: number }[];
}

export interface TrainOptions {
  folds?: number;
  seed?: number;
}

const ENSEMBLE = 8;
/** Forward splits inside the training grades, by the share of the latest grades they predict. */
const FORWARD_SHARES = [0.2, 0.3, 0.4];
/** Below this many grades there is no choice to make. */
const MIN_CV = 8;
const DEFAULT_SPREAD: [number, number] = [-1.5, 1.5];

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** Whether the model adds anything to IMDb's rating for this person. */
export const followsImdb = (model: TrainedModel) => model.kind === 'imdb' || model.kind === 'median';

/** What the model is, in words: "median", or the candidates it averages. */
export function describeModel(model: TrainedModel): string {
  if (model.kind === 'trees') return 'trees';
  if (model.kind === 'ridge' || model.kind === 'blend') {
    const ridge = model.members.map((m) => label(m.candidate)).join(' + ');
    return model.kind === 'blend' ? `blend of trees and ${ridge}` : ridge;
  }
  return model.kind;
}

/**
 * The feature candidates worth using, best first: those clearly better (by more than one standard
 * error) than the median line in the random cross-validation and, where the grades' dates allow,
 * also forward in time inside the training grades: fitted on the grades before a day, predicting
 * those of the latest 20%, 30% and 40% of the days graded on (a day of grading a backlog in bulk
 * counts once: it is unlike the days to come). Tastes drift, a random split cannot see that, and
 * what the model is for is the films still to come. Empty: the model is the median line.
 */
function ranked(graded: GradedTitle[], validation: Scored[], step: number): Scored[] {
  const median = validation.find((v) => v.candidate.kind === 'median');
  const passing = median
    ? validation.filter((v) => v.candidate.kind !== 'median' && clearlyBetter(v.errs, median.errs))
    : [];
  let kept = passing;
  // A large journal's splits are large enough for one to be steady, and each costs a full fit.
  for (const share of graded.length >= LARGE ? [0.3] : FORWARD_SHARES) {
    const split = kept.length ? forwardSplit(graded, share, 'days') : null;
    if (!split || split[0].length < MIN_FEATURES) continue;
    const forward = new Map(validateForward(split[0], split[1], graded.length, step).map((s) => [s.label, s.errs]));
    const forwardMedian = forward.get('median') ?? [];
    kept = kept.filter((v) => clearlyBetter(forward.get(v.label) ?? forwardMedian, forwardMedian));
  }
  return kept;
}

export function trainModel(graded: GradedTitle[], options: TrainOptions = {}): TrainedModel {
  const step = gradeStep(graded);
  // Large journals need fewer folds for a steady choice, and each fold costs a full fit.
  const k = Math.min(options.folds ?? (graded.length >= LARGE ? 3 : 5), graded.length);
  const validation = graded.length >= MIN_CV ? crossValidate(graded, k, options.seed ?? 7, step) : [];
  const features = ranked(graded, validation, step);
  const chosen = features[0] ?? validation.find((v) => v.candidate.kind === 'median');
  const kind: ModelKind = chosen?.candidate.kind ?? 'imdb';
  const stats = buildStats(graded);
  const medianLine = fitMedianLine(graded);
  const ridgeKind = kind === 'blend' ? 'blend' : 'ridge';
  const wanted: Candidate[] =
    kind === 'ridge' || kind === 'blend'
      ? features
          .filter((v) => v.candidate.kind === ridgeKind)
          .slice(0, ENSEMBLE)
          .map((v) => ({ ...v.candidate, kind: 'ridge' }))
      : [];
  const sorted = chosen ? [...chosen.residuals].sort((a, b) => a - b) : [];
  return {
    kind,
    n: graded.length,
    mean: meanOf(graded),
    step,
    // With a handful of grades the slope is pulled toward 1: grade ≈ IMDb rating + the person's offset.
    line: fitImdbLine(graded, graded.length < MIN_CV ? 10 : 0),
    median: medianLine,
    stats,
    members: wanted.length ? fitMembers(graded, stats, medianLine, wanted) : [],
    trees: kind === 'trees' || kind === 'blend' ? fitTrees(graded, stats, medianLine) : null,
    treeWeight: kind === 'trees' ? 1 : kind === 'blend' ? TREE_WEIGHT : 0,
    spread: sorted.length >= 10 ? [percentile(sorted, 0.1), percentile(sorted, 0.9)] : DEFAULT_SPREAD,
    validation: validation.map(({ label, mae }) => ({ label, mae })),
  };
}

/** The model's base prediction: the least-squares line with few grades, else the median line. */
export function baseGrade(model: TrainedModel, title: TitleFeatures): number {
  return model.kind === 'imdb'
    ? predictImdbLine(model.line, title, model.mean)
    : predictMedianLine(model.median, title);
}
