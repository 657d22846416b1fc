'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '@/lib/auth/action';
import { revokeConnection } from '../connections';

const idSchema = z.coerce.number().int().positive();

/** The connection's URL answers 404 from now on; its delivery log stays. */
export const revokeConnectionAction = authedAction(
  formObject(z.object({ id: idSchema })),
  undefined,
  async ({ id }, user) => {
    await revokeConnection(user.id, id);
    revalidatePath('/settings');
  },
);
