'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import { deleteWatch } from '../watch-writes';

/** Deletes a viewing softly; restoreWatchAction undoes it. */
export async function deleteWatchAction(id: number): Promise<{ ok: boolean }> {
  const user = await requireUser();
  const parsed = z.number().int().positive().safeParse(id);
  return { ok: parsed.success && (await deleteWatch(user.id, parsed.data)) };
}
