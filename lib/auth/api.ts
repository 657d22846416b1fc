import 'server-only';
import { NextResponse } from 'next/server';
import { verifyApiToken } from './api-tokens';
import { SESSION_COOKIE, validateSession } from './sessions';
import type { UserRecord } from './users';

type Handler<C> = (request: Request, context: C & { user: UserRecord }) => Promise<Response>;

/** Wraps a /api/v1 route handler: a session cookie or `Authorization: Bearer <token>`, or 401. */
export function withApiAuth<C extends object>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await authenticate(request);
    if (!user) {
      return NextResponse.json(
        { error: 'unauthorized', message: 'Sign in, or send an API token as `Authorization: Bearer <token>`.' },
        { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="journal"' } },
      );
    }
    return handler(request, { ...context, user });
  };
}

async function authenticate(request: Request): Promise<UserRecord | null> {
  const auth = request.headers.get('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return verifyApiToken(auth.slice(7).trim());
  const cookie = request.headers.get('cookie') ?? '';
  const token = cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
  return validateSession(token ? decodeURIComponent(token) : undefined);
}
