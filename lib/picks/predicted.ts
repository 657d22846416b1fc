import { predictGrade } from './model/predict';
import type { Prediction } from './model/types';
import { loadTitleFeatures } from './titles';
import { currentUserModel } from './user-model';

// "Your predicted grade" for any titles (title pages, search results).

/** Fewer grades than this and the prediction would only repeat IMDb's rating: none is shown. */
const MIN_GRADES_FOR_PREDICTIONS = 5;

export async function predictGrades(userId: number, tconsts: string[]): Promise<Map<string, Prediction>> {
  const out = new Map<string, Prediction>();
  if (!tconsts.length) return out;
  const { model } = await currentUserModel(userId);
  if (model.n < MIN_GRADES_FOR_PREDICTIONS) return out;
  for (const [tconst, title] of await loadTitleFeatures(tconsts)) out.set(tconst, predictGrade(model, title));
  return out;
}
