import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress } from './client-address';
import { DEVICE_COOKIE, DEVICE_DAYS } from './login-devices';
import { PENDING_COOKIE, PENDING_MINUTES } from './pending-login';
import { SESSION_COOKIE, SESSION_DAYS, validateSession } from './sessions';
import type { UserRecord } from './users';

/** The session token of the current request, if any. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** The signed-in user of the current request, or null. */
export async function currentUser(): Promise<UserRecord | null> {
  return validateSession(await sessionToken());
}

/** For pages and actions: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<UserRecord> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

async function setCookie(name: string, token: string, path: string, maxAgeSeconds: number): Promise<void> {
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await isHttps(),
    path,
    maxAge: maxAgeSeconds,
  });
}

export const setSessionCookie = (token: string) => setCookie(SESSION_COOKIE, token, '/', SESSION_DAYS * 24 * 60 * 60);

/** The long-lived cookie that marks a browser as one that has signed in before (login-devices.ts). */
export const setDeviceCookie = (token: string) => setCookie(DEVICE_COOKIE, token, '/', DEVICE_DAYS * 24 * 60 * 60);

/** The short-lived cookie of a login waiting for its second factor (pending-login.ts). */
export const setPendingCookie = (token: string) => setCookie(PENDING_COOKIE, token, '/login', PENDING_MINUTES * 60);

export async function setSignedInCookies(login: { sessionToken: string; deviceToken: string }): Promise<void> {
  await setSessionCookie(login.sessionToken);
  await setDeviceCookie(login.deviceToken);
}

export async function clearSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  return token;
}

async function isHttps(): Promise<boolean> {
  if (process.env.COOKIE_SECURE) return process.env.COOKIE_SECURE === 'true';
  return (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** The client's address for rate limits (see client-address.ts). */
export async function clientIp(): Promise<string> {
  return clientAddress(await headers());
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get('user-agent');
}
