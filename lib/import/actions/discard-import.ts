'use server';

import { redirect } from 'next/navigation';
import { authedFormAction } from '@/lib/auth/action';
import { discardPreview } from '../index';
import { batchFormSchema } from '../schemas';

/** The preview's Discard button: forgets the preview; the journal was never touched. */
export const discardImportAction = authedFormAction(batchFormSchema, async ({ batchId }, user) => {
  if (!(await discardPreview(user.id, batchId))) return { message: 'This preview is gone already.' };
  redirect('/import');
});
