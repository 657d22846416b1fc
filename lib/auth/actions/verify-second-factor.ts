'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { formAction } from '../action';
import { attemptSecondFactor } from '../login-flow';
import { PENDING_COOKIE } from '../pending-login';
import { clientIp, setSignedInCookies, userAgent } from '../request';
import { secondFactorSchema } from '../schemas';

export const verifySecondFactorAction = formAction(secondFactorSchema, async ({ code }) => {
  const jar = await cookies();
  const outcome = await attemptSecondFactor({
    pendingToken: jar.get(PENDING_COOKIE)?.value,
    code,
    ip: await clientIp(),
    userAgent: await userAgent(),
  });
  if (outcome.ok === false) {
    if ('expired' in outcome) redirect('/login');
    return { message: outcome.message };
  }
  if (outcome.ok !== true) return { message: 'Unexpected answer.' };
  jar.delete(PENDING_COOKIE);
  await setSignedInCookies(outcome);
  redirect(outcome.next);
});
