'use server';

import { redirect } from 'next/navigation';
import { formAction } from '../action';
import { loginRetryAfter, recordLoginFailure, recordLoginSuccess } from '../login-throttle';
import { dummyHash, verifyPassword } from '../password';
import { clientIp, setSessionCookie, userAgent } from '../request';
import { loginSchema } from '../schemas';
import { createSession } from '../sessions';
import { findUserByUsername } from '../users';

export const login = formAction(loginSchema, async ({ username, password, next }) => {
  const ip = await clientIp();
  const wait = loginRetryAfter(ip, username);
  if (wait > 0) return { message: `Too many failed attempts. Try again in ${formatWait(wait)}.` };
  const user = await findUserByUsername(username);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !valid) {
    recordLoginFailure(ip, username);
    return { message: 'Wrong username or password.' };
  }
  recordLoginSuccess(ip, username);
  const { token } = await createSession(user.id, await userAgent());
  await setSessionCookie(token);
  redirect(safeNext(next));
});

/** Only same-site paths: never redirect to another origin after login. */
function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}
