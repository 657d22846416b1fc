'use server';

import { authedAction } from '@/lib/auth/action';
import { rowIdSchema } from '@/lib/validation/row-id';
import { deleteWatch } from '../watch-writes';

/** Deletes a viewing softly; restoreWatchAction undoes it. */
export const deleteWatchAction = authedAction(rowIdSchema('watch'), { ok: false }, async (id, user) => ({
  ok: await deleteWatch(user.id, id),
}));
