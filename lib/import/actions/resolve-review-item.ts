'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '@/lib/auth/action';
import { resolveReviewItem } from '../index';
import { idField, tconstField } from '../schemas';

const resolveSchema = z.union([
  z.object({
    recordId: idField('record'),
    tconst: tconstField,
  }),
  z.object({ recordId: idField('record'), unmatched: z.literal('1') }),
]);

/** A review-queue choice: this title, or "leave unmatched" (kept with the file's title and year). */
export const resolveReviewItemAction = authedFormAction(resolveSchema, async (data, user) => {
  const choice = 'tconst' in data ? { tconst: data.tconst } : { unmatched: true as const };
  const result = await resolveReviewItem(user.id, data.recordId, choice);
  if (!result.ok) return { message: result.message };
  revalidatePath('/import', 'layout');
  revalidatePath('/diary');
  revalidatePath('/'); // the home screen's review-queue notice
  return { ok: true, message: 'tconst' in data ? 'Matched.' : 'Left unmatched.' };
});
