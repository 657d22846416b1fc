'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../../auth/action';
import { tconstSchema } from '../../titles/ids';
import { dismissTitle } from '../store';

/** "Not interested": the title leaves this list and is never picked again. */
export const dismissPickAction = authedFormAction(z.object({ tconst: tconstSchema }), async ({ tconst }, user) => {
  await dismissTitle(user.id, tconst);
  revalidatePath('/picks');
  return { ok: true, message: 'Not picked again.' };
});
