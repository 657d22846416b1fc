import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE, SESSION_DAYS, validateSession } from './sessions';
import type { UserRecord } from './users';

/** The signed-in user of the current request, or null. */
export async function currentUser(): Promise<UserRecord | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return validateSession(token);
}

/** For pages and actions: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<UserRecord> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await isHttps(),
    path: '/',
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
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

/**
 * The client's address as far as we can tell. Next.js fills X-Forwarded-For with the socket
 * address unless the request already carries one; behind a reverse proxy (TRUST_PROXY=1)
 * its first entry is the real client.
 */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? '';
  const parts = forwarded.split(',').map((p) => p.trim());
  return (process.env.TRUST_PROXY ? parts[0] : forwarded) || 'unknown';
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get('user-agent');
}
