'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '@/lib/auth/action';
import { resolveReviewRows } from '../index';
import { bulkReviewFields } from '../schemas';

// The form sends the selected rows as one field, "12,13,14" (a form field holds one value here).
const bulkSchema = z.object({
  ...bulkReviewFields,
  batch: z.preprocess((v) => (v === '' ? undefined : v), bulkReviewFields.batch),
  reason: z.preprocess((v) => (v === '' ? undefined : v), bulkReviewFields.reason),
  minConfidence: z.preprocess((v) => (v === '' ? undefined : v), bulkReviewFields.minConfidence),
  recordIds: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? v.split(',') : undefined),
    bulkReviewFields.recordIds,
  ),
});

const rows = (n: number) => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;

/** Accepts the best candidate of, or leaves unmatched, every queue row the form's filter selects. */
export const bulkReviewAction = authedFormAction(bulkSchema, async ({ choice, ...filter }, user) => {
  const n = await resolveReviewRows(user.id, filter, choice);
  if (n === 0) return { message: 'No row of the queue fits: nothing was changed.' };
  revalidatePath('/import', 'layout');
  revalidatePath('/diary');
  revalidatePath('/');
  return { ok: true, message: choice === 'accept' ? `Matched ${rows(n)}.` : `Left ${rows(n)} unmatched.` };
});
