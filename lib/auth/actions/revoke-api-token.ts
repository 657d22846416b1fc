'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '../action';
import { revokeApiToken } from '../api-tokens';

const idSchema = z.coerce.number().int().positive();

export const revokeApiTokenAction = authedAction(
  formObject(z.object({ id: idSchema })),
  undefined,
  async ({ id }, user) => {
    await revokeApiToken(user.id, id);
    revalidatePath('/settings');
  },
);
