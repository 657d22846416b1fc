'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '@/lib/auth/action';
import { undoImport } from '../index';
import { batchFormSchema } from '../schemas';

/** Undo in the import history: takes every viewing and watchlist entry of the batch out again. */
export const undoImportAction = authedFormAction(batchFormSchema, async ({ batchId }, user) => {
  const result = await undoImport(user.id, batchId);
  if (!result.ok) return { message: result.message };
  revalidatePath('/import', 'layout');
  revalidatePath('/diary');
  revalidatePath('/'); // the home screen's review-queue notice
  return { ok: true, message: 'Undone: the import is out of your journal.' };
});
