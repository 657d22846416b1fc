'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '@/lib/auth/action';
import { isOwner } from '@/lib/auth/users';
import { wakePosterQueue } from '../queue';
import { setPostersSwitch } from '../switch';

/** Settings → Posters: the owner turns poster lookups on or off for the whole server. */
export const setPostersAction = authedAction(
  formObject(z.object({ posters: z.enum(['on', 'off']) })),
  undefined,
  async ({ posters }, user) => {
    if (!(await isOwner(user.id))) return;
    await setPostersSwitch(posters === 'on');
    if (posters === 'on') wakePosterQueue();
    revalidatePath('/', 'layout');
  },
);
