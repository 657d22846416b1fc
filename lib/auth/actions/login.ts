'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { formAction } from '../action';
import { DEVICE_COOKIE } from '../login-devices';
import { attemptLogin } from '../login-flow';
import { safeNext } from '../next-path';
import { clientIp, setPendingCookie, setSignedInCookies, userAgent } from '../request';
import { loginSchema } from '../schemas';

export const login = formAction(loginSchema, async ({ username, password, next }) => {
  const outcome = await attemptLogin({
    username,
    password,
    next: safeNext(next),
    ip: await clientIp(),
    deviceToken: (await cookies()).get(DEVICE_COOKIE)?.value,
    userAgent: await userAgent(),
  });
  if (outcome.ok === false) return { message: outcome.message };
  if (outcome.ok === 'second-factor') {
    await setPendingCookie(outcome.pendingToken);
    redirect('/login/verify');
  }
  await setSignedInCookies(outcome);
  redirect(outcome.next);
});
