import 'server-only';
import { apiError } from '../api/response';
import { verifyApiToken } from './api-tokens';
import { SESSION_COOKIE, validateSession } from './sessions';
import type { UserRecord } from './users';

type Handler<C> = (request: Request, context: C & { user: UserRecord }) => Promise<Response>;

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Wraps a /api/v1 route handler: a session cookie or `Authorization: Bearer <token>`, or 401.
 * A write with the cookie must come from the app's own origin (403 otherwise): browsers attach
 * the cookie to requests from any page, a token only its holder can send.
 */
export function withApiAuth<C extends object>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const bearer = bearerToken(request);
    const session = bearer === undefined ? sessionCookie(request) : undefined;
    if (session !== undefined && !READ_METHODS.has(request.method) && !isSameOrigin(request)) {
      return apiError(
        'forbidden',
        'A write signed in by cookie must come from this site; other clients send an API token.',
      );
    }
    const user = await (bearer === undefined ? validateSession(session) : verifyApiToken(bearer));
    if (!user) {
      return apiError(
        'unauthorized',
        'Sign in, or send an API token as `Authorization: Bearer <token>`.',
        {},
        {
          'WWW-Authenticate': 'Bearer realm="journal"',
        },
      );
    }
    return handler(request, { ...context, user });
  };
}

function bearerToken(request: Request): string | undefined {
  const auth = request.headers.get('authorization');
  return auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : undefined;
}

/**
 * `Sec-Fetch-Site: same-origin`, or an `Origin` equal to the origin the request was sent to (the
 * Host, or X-Forwarded-Host/-Proto behind a reverse proxy). Browsers send Origin on every
 * POST, PATCH and DELETE, and Sec-Fetch-Site over HTTPS; a write with neither is refused.
 */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const url = new URL(request.url);
  const host = firstOf(request.headers.get('x-forwarded-host')) ?? request.headers.get('host') ?? url.host;
  const proto = firstOf(request.headers.get('x-forwarded-proto')) ?? url.protocol.replace(/:$/, '');
  return origin.toLowerCase() === `${proto}://${host}`.toLowerCase();
}

const firstOf = (header: string | null) => header?.split(',')[0]?.trim() || undefined;

function sessionCookie(request: Request): string | undefined {
  const cookie = request.headers.get('cookie') ?? '';
  const token = cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
  return token ? safeDecode(token) : undefined;
}

/** A cookie value with a bad %-escape is no session, not a 500. */
function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
