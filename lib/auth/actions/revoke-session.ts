'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '../action';
import { revokeSession } from '../sessions';

const idSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const revokeSessionAction = authedAction(
  formObject(z.object({ id: idSchema })),
  undefined,
  async ({ id }, user) => {
    await revokeSession(user.id, id);
    revalidatePath('/settings');
  },
);
