'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import type { WatchEntry } from '../watch-entry';
import { restoreWatch } from '../watch-writes';

/** Undo for deleteWatchAction: the viewing back, or null. */
export async function restoreWatchAction(id: number): Promise<WatchEntry | null> {
  const user = await requireUser();
  const parsed = z.number().int().positive().safeParse(id);
  return parsed.success ? restoreWatch(user.id, parsed.data) : null;
}
