'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '../action';
import { secondFactorSchema } from '../schemas';
import { confirmEnrolment } from '../two-factor';

/** Step 2 of enrolment: a current code turns it on and yields the recovery codes, shown once. */
export const confirmTwoFactorAction = authedFormAction(secondFactorSchema, async ({ code }, user) => {
  const codes = await confirmEnrolment(user.id, code);
  if (!codes) return { fieldErrors: { code: ['That code is not right: type the one your app shows now.'] } };
  revalidatePath('/settings');
  return { ok: true, data: { recoveryCodes: codes } };
});
