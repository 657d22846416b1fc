'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '@/lib/auth/action';
import { dismissInboxItem } from '../deliveries';

const idSchema = z.coerce.number().int().positive();

/** Off the Home inbox; the viewing (if one was logged) and the delivery log stay. */
export const dismissInboxAction = authedAction(
  formObject(z.object({ id: idSchema })),
  undefined,
  async ({ id }, user) => {
    await dismissInboxItem(user.id, id);
    revalidatePath('/');
  },
);
