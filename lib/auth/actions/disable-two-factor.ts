'use server';

import { revalidatePath } from 'next/cache';
import { authedFormAction } from '../action';
import { attemptReauthentication } from '../login-flow';
import { clientIp } from '../request';
import { disableTwoFactorSchema } from '../schemas';
import { disableTwoFactor } from '../two-factor';

/** Turns two-factor sign-in off, given the password or a current (or recovery) code. */
export const disableTwoFactorAction = authedFormAction(disableTwoFactorSchema, async ({ password }, user) => {
  const proof = await attemptReauthentication({
    userId: user.id,
    username: user.username,
    ip: await clientIp(),
    secret: password,
  });
  if (!proof.ok) return { fieldErrors: { password: [proof.message] } };
  await disableTwoFactor(user.id);
  revalidatePath('/settings');
  return { ok: true, message: 'Two-factor sign-in is off.' };
});
