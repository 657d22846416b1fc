import { roundToStep } from './baselines';
import { type FeatureGroup, featureSpecs, featureVector } from './features';
import { describeGroup } from './reasons';
import { contributions } from './ridge';
import { baseGrade, clampGrade, type TrainedModel } from './train';
import { forestContributions } from './trees';
import type { Prediction, Reason, TitleFeatures } from './types';

// A prediction and the reasons behind it: the model's contributions grouped by what they are
// about (a director, a genre, IMDb's rating…), the largest ones put into words, one per subject.

const MAX_REASONS = 3;
const MIN_EFFECT = 0.1;

/** The model's expectation for a title and each group's share of its distance from the person's mean. */
function explainGrade(
  model: TrainedModel,
  title: TitleFeatures,
): { expected: number; effects: Map<FeatureGroup, number> } {
  const base = baseGrade(model, title);
  const effects = new Map<FeatureGroup, number>([['imdb', base - model.mean]]);
  let grade = base;
  const credit = (specs: { group: FeatureGroup }[], parts: number[], share: number) => {
    specs.forEach((spec, j) => {
      effects.set(spec.group, (effects.get(spec.group) ?? 0) + share * parts[j]);
      grade += share * parts[j];
    });
  };
  const ridgeShare = (1 - model.treeWeight) / Math.max(1, model.members.length);
  for (const member of model.members) {
    grade += ridgeShare * member.fit.intercept;
    credit(
      featureSpecs(member.design),
      contributions(member.fit, featureVector(title, model.stats, null, member.design)),
      ridgeShare,
    );
  }
  if (model.trees) {
    const { constant, parts } = forestContributions(
      model.trees.fit,
      featureVector(title, model.stats, null, model.trees.design),
    );
    grade += model.treeWeight * constant;
    credit(featureSpecs(model.trees.design), parts, model.treeWeight);
  }
  return { expected: clampGrade(grade), effects };
}

/** The largest effects in words, at most one reason per subject. */
function reasonsFor(model: TrainedModel, title: TitleFeatures, effects: Map<FeatureGroup, number>): Reason[] {
  const reasons: Reason[] = [];
  const sorted = [...effects]
    .filter(([, effect]) => Math.abs(effect) >= MIN_EFFECT)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [group, effect] of sorted) {
    const reason = describeGroup(model, title, group, effect);
    if (reason && !reasons.some((r) => r.subject === reason.subject || r.text === reason.text)) reasons.push(reason);
  }
  return reasons.slice(0, MAX_REASONS);
}

export function predictGrade(model: TrainedModel, title: TitleFeatures): Prediction {
  const { expected, effects } = explainGrade(model, title);
  const reasons = reasonsFor(model, title, effects);
  if (!reasons.length) reasons.push(describeGroup(model, title, 'average', expected - model.mean) as Reason);
  const [low, high] = model.spread;
  return {
    grade: roundToStep(expected, model.step),
    expected,
    range: [roundToStep(expected + low, model.step), roundToStep(expected + high, model.step)],
    reasons,
  };
}
