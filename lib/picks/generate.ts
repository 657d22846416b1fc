import { db } from '../db/client';
import { buildPicks } from './build';
import { describeModel } from './model/train';
import { savePickList, weekOf } from './store';
import { trainUserModel } from './user-model';

// Making a week's picks: train the model on the journal as it is now, score the candidates,
// store the list under this week.

export interface GenerateResult {
  userId: number;
  weekStart: string;
  picks: number;
  gradeCount: number;
  model: string;
  trainMs: number;
  picksMs: number;
}

export async function generatePicks(userId: number, now = new Date()): Promise<GenerateResult> {
  const { model, trainMs } = await trainUserModel(userId);
  const started = performance.now();
  const picks = await buildPicks(userId, model);
  const weekStart = weekOf(now);
  const description = describeModel(model);
  await savePickList(userId, weekStart, picks, { gradeCount: model.n, model: description });
  return {
    userId,
    weekStart,
    picks: picks.length,
    gradeCount: model.n,
    model: description,
    trainMs,
    picksMs: performance.now() - started,
  };
}

/** Picks for every account (after an IMDb refresh). */
export async function generatePicksForAll(now = new Date()): Promise<GenerateResult[]> {
  const users = await db().user.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const results: GenerateResult[] = [];
  for (const user of users) results.push(await generatePicks(user.id, now));
  return results;
}
