'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '@/lib/auth/action';
import { createConnection } from '../connections';
import { newConnectionSchema } from '../schemas';

/** A new webhook URL for one kind of server (the previous one of that kind stops working). */
export const createConnectionAction = authedFormAction(newConnectionSchema, async ({ kind, ...options }, user) => {
  const { path } = await createConnection(user.id, kind, options);
  revalidatePath('/settings');
  return { ok: true, message: path, data: { kind, path } };
});
