import { predictImdbLine } from './baselines';
import { type FeatureGroup, featureSpecs, featureVector } from './features';
import { describeGroup } from './reasons';
import { contributions } from './ridge';
import { clampGrade, type TrainedModel } from './train';
import type { Prediction, Reason, TitleFeatures } from './types';

// A prediction and the reasons behind it: the model's contributions grouped by what they are
// about (a director, a genre, IMDb's rating…), the largest ones put into words.

const MAX_REASONS = 3;
const MIN_EFFECT = 0.1;

/** The model's grade for a title and each group's share of its distance from the person's mean. */
export function explainGrade(
  model: TrainedModel,
  title: TitleFeatures,
): { grade: number; effects: Map<FeatureGroup, number> } {
  const base = model.kind === 'mean' ? model.mean : predictImdbLine(model.line, title, model.mean);
  const effects = new Map<FeatureGroup, number>([['imdb', base - model.mean]]);
  let grade = base;
  for (const member of model.members) {
    const parts = contributions(member.fit, featureVector(title, model.stats, null, member.design));
    const share = 1 / model.members.length;
    grade += share * member.fit.intercept;
    featureSpecs(member.design).forEach((spec, j) => {
      effects.set(spec.group, (effects.get(spec.group) ?? 0) + share * parts[j]);
      grade += share * parts[j];
    });
  }
  return { grade: clampGrade(grade), effects };
}

export function predictGrade(model: TrainedModel, title: TitleFeatures): Prediction {
  const { grade, effects } = explainGrade(model, title);
  const reasons = [...effects]
    .filter(([, effect]) => Math.abs(effect) >= MIN_EFFECT)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([group, effect]) => describeGroup(model, title, group, effect))
    .filter((r): r is Reason => r !== null)
    .slice(0, MAX_REASONS);
  if (!reasons.length) reasons.push(describeGroup(model, title, 'average', grade - model.mean) as Reason);
  return { grade, reasons };
}
