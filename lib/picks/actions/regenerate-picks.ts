'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../../auth/action';
import { generatePicks } from '../generate';

/** "Regenerate now": retrains the model on the journal as it is and replaces this week's list. */
export const regeneratePicksAction = authedFormAction(z.object({}), async (_data, user) => {
  const result = await generatePicks(user.id);
  revalidatePath('/picks');
  return { ok: true, message: `${result.picks} picks from ${result.gradeCount} grades.` };
});
