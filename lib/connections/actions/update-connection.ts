'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '@/lib/auth/action';
import { updateConnection } from '../connections';
import { connectionOptionsSchema } from '../schemas';

/** The user filter, episodes and time zone of a connection; its URL stays the same. */
export const updateConnectionAction = authedFormAction(connectionOptionsSchema, async ({ id, ...options }, user) => {
  const saved = await updateConnection(user.id, id, {
    serverUser: options.serverUser ?? null,
    includeEpisodes: options.includeEpisodes,
    timeZone: options.timeZone ?? null,
  });
  revalidatePath('/settings');
  return saved ? { ok: true, message: 'Saved.' } : { message: 'This connection was revoked meanwhile.' };
});
