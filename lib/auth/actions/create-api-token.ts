'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../action';
import { createApiToken } from '../api-tokens';
import { tokenLabelSchema } from '../schemas';

export const createApiTokenAction = authedFormAction(z.object({ label: tokenLabelSchema }), async ({ label }, user) => {
  const token = await createApiToken(user.id, label);
  revalidatePath('/settings');
  return { ok: true, message: token };
});
