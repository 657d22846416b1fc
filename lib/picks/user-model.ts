import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { fromStored, toStored } from './model/serialize';
import { type TrainedModel, trainModel } from './model/train';
import { gradesFingerprint } from './sql';
import { loadGradedTitles } from './titles';

// The user's grade model: trained from their journal and kept in grade_models until their grades
// change (the fingerprint covers every viewing added, edited or deleted).

export interface UserModel {
  model: TrainedModel;
  trainedAt: Date;
  /** Milliseconds spent loading and training, 0 when the stored model was still current. */
  trainMs: number;
}

// The last model read per user, so that search-as-you-type does not parse it at every keystroke.
const recent = new Map<number, { fingerprint: string; value: UserModel }>();

export async function trainUserModel(userId: number): Promise<UserModel> {
  const started = performance.now();
  const fingerprint = await gradesFingerprint(userId);
  const model = trainModel(await loadGradedTitles(userId));
  const json = toStored(model) as unknown as Prisma.InputJsonValue;
  const trainedAt = new Date();
  await db().gradeModel.upsert({
    where: { userId },
    create: { userId, fingerprint, model: json, trainedAt },
    update: { fingerprint, model: json, trainedAt },
  });
  const value = { model, trainedAt, trainMs: performance.now() - started };
  recent.set(userId, { fingerprint, value: { ...value, trainMs: 0 } });
  return value;
}

/** The stored model when it is current, else a freshly trained one. */
export async function currentUserModel(userId: number): Promise<UserModel> {
  const fingerprint = await gradesFingerprint(userId);
  const cached = recent.get(userId);
  if (cached?.fingerprint === fingerprint) return cached.value;
  const stored = await db().gradeModel.findUnique({ where: { userId } });
  const model = stored?.fingerprint === fingerprint ? fromStored(stored.model) : null;
  if (!stored || !model) return trainUserModel(userId);
  const value = { model, trainedAt: stored.trainedAt, trainMs: 0 };
  recent.set(userId, { fingerprint, value });
  return value;
}
