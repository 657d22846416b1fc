'use server';

import { authedAction } from '@/lib/auth/action';
import { rowIdSchema } from '@/lib/validation/row-id';
import type { WatchEntry } from '../watch-entry';
import { restoreWatch } from '../watch-writes';

/** Undo for deleteWatchAction: the viewing back, or null. */
export const restoreWatchAction = authedAction(rowIdSchema('watch'), null as WatchEntry | null, (id, user) =>
  restoreWatch(user.id, id),
);
