'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '@/lib/auth/action';
import { commitImport } from '../index';
import { batchFormSchema } from '../schemas';

/** The preview's Import button: writes the batch into the journal, in one transaction. */
export const commitImportAction = authedFormAction(batchFormSchema, async ({ batchId }, user) => {
  const result = await commitImport(user.id, batchId);
  if (!result.ok) return { message: result.message };
  revalidatePath('/import', 'layout');
  revalidatePath('/diary');
  revalidatePath('/'); // the home screen's review-queue notice
  return { ok: true, message: 'Imported.' };
});
