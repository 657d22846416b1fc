'use server';

import { z } from 'zod';
import { type ActionState, authedFormAction } from '@/lib/auth/action';
import { watchInputSchema } from '../schemas';
import type { WatchEntry } from '../watch-entry';
import { updateWatch } from '../watch-writes';

export type UpdateWatchState = ActionState & { watch?: WatchEntry };

const updateSchema = watchInputSchema.omit({ tconst: true }).extend({
  id: z.coerce.number({ error: 'Which viewing?' }).int().positive(),
});

/** The edit sheet's Save: every field of the form replaces the stored one. */
export const updateWatchAction = authedFormAction(
  updateSchema,
  async ({ id, ...input }, user): Promise<UpdateWatchState> => {
    const result = await updateWatch(user.id, id, input);
    if (result.ok) return { ok: true, message: 'Saved.', watch: result.watch };
    if (result.error === 'invalid') return { fieldErrors: result.fieldErrors };
    return { message: 'This viewing no longer exists (deleted elsewhere?).' };
  },
);
