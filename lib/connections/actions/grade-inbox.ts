'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '@/lib/auth/action';
import { updateWatch } from '@/lib/journal/watch-writes';
import { inboxItem, leaveInbox } from '../deliveries';
import { inboxGradeSchema } from '../schemas';

/** The Home inbox's second tap: the grade of a viewing a media server logged. */
export const gradeInboxAction = authedFormAction(inboxGradeSchema, async ({ id, grade }, user) => {
  const item = await inboxItem(user.id, id);
  if (!item?.watchId) return { message: 'This viewing is no longer in the inbox.' };
  const result = await updateWatch(user.id, item.watchId, { grade });
  if (!result.ok) return { message: 'This viewing no longer exists (deleted elsewhere?).' };
  await leaveInbox(user.id, item.watchId);
  revalidatePath('/');
  return { ok: true, message: `Graded “${result.watch.title ?? result.watch.tconst}” ${grade}/10.` };
});
