import { fromStored, toStored } from './model/serialize';
import { type TrainedModel, trainModel } from './model/train';
import { gradesFingerprint, loadGradeModel, saveGradeModel } from './sql';
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
  await saveGradeModel(userId, fingerprint, JSON.stringify(toStored(model)));
  const value = { model, trainedAt: new Date(), trainMs: performance.now() - started };
  recent.set(userId, { fingerprint, value: { ...value, trainMs: 0 } });
  return value;
}

/** The stored model when it is current, else a freshly trained one. */
export async function currentUserModel(userId: number): Promise<UserModel> {
  const fingerprint = await gradesFingerprint(userId);
  const cached = recent.get(userId);
  if (cached?.fingerprint === fingerprint) return cached.value;
  const stored = await loadGradeModel(userId);
  const model = stored?.fingerprint === fingerprint ? fromStored(JSON.parse(stored.model)) : null;
  if (!stored || !model) return trainUserModel(userId);
  const value = { model, trainedAt: stored.trained_at, trainMs: 0 };
  recent.set(userId, { fingerprint, value });
  return value;
}
