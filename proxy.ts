import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/cookie-name';

// A first, cheap gate: requests without a session cookie never reach a page or an API
// route. Pages and routes still validate the session itself (lib/auth/request.ts, api.ts).
const PUBLIC_PAGES = new Set(['/login', '/setup', '/~offline']);

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.has(pathname)) return NextResponse.next();
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  if (pathname.startsWith('/api/')) {
    if (request.headers.get('authorization')) return NextResponse.next();
    return NextResponse.json(
      { error: 'unauthorized', message: 'Sign in, or send an API token as `Authorization: Bearer <token>`.' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="journal"' } },
    );
  }
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except static assets, PWA files, the public health check and the API's description.
  matcher: [
    '/((?!_next/static|_next/image|icons/|serwist/|manifest.webmanifest|favicon.ico|robots.txt|api/health$|api/v1/openapi.json$).*)',
  ],
};
