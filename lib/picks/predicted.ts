import { predictGrade } from './model/predict';
import { followsImdb } from './model/train';
import type { Prediction } from './model/types';
import { latestGrades } from './sql';
import { loadTitleFeatures } from './titles';
import { currentUserModel } from './user-model';

// "Your predicted grade" for any titles (title pages, search results). A title the person has
// graded gets no prediction: the model has seen that grade, and a prediction from it would only
// echo it back ("8 for you — you gave the one film … a 9"). Nor does anyone whose grades the model
// cannot predict better than IMDb's rating: then the rating says it all.

export type TitlePrediction =
  | { kind: 'prediction'; prediction: Prediction }
  /** The person's own (latest) grade of a title they graded. */
  | { kind: 'graded'; grade: number }
  | { kind: 'followsImdb' };

export async function titlePredictions(userId: number, tconsts: string[]): Promise<Map<string, TitlePrediction>> {
  const out = new Map<string, TitlePrediction>();
  if (!tconsts.length) return out;
  const [{ model }, graded] = await Promise.all([currentUserModel(userId), latestGrades(userId, tconsts)]);
  for (const g of graded) out.set(g.tconst, { kind: 'graded', grade: g.grade });
  // With a handful of grades (below the inner cross-validation) there is nothing to say yet.
  if (model.kind === 'imdb') return out;
  const unseen = tconsts.filter((t) => !out.has(t));
  if (followsImdb(model)) {
    for (const t of unseen) out.set(t, { kind: 'followsImdb' });
    return out;
  }
  for (const [tconst, title] of await loadTitleFeatures(unseen, userId))
    out.set(tconst, { kind: 'prediction', prediction: predictGrade(model, title) });
  return out;
}

/** Predictions only, for the titles that get one. */
export async function predictGrades(userId: number, tconsts: string[]): Promise<Map<string, Prediction>> {
  const out = new Map<string, Prediction>();
  for (const [tconst, p] of await titlePredictions(userId, tconsts))
    if (p.kind === 'prediction') out.set(tconst, p.prediction);
  return out;
}
