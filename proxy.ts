import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/cookie-name';
import { contentSecurityPolicy } from './lib/http/security-headers';

// A first, cheap gate: requests without a session cookie never reach a page or an API
// route. Pages and routes still validate the session itself (lib/auth/request.ts, api.ts).
const PUBLIC_PAGES = new Set(['/login', '/login/verify', '/setup', '/~offline']);

/** Every answer carries a Content-Security-Policy with a fresh nonce, which Next.js puts on its scripts. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const response = gate(request, () => {
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', policy);
    return NextResponse.next({ request: { headers } });
  });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

function gate(request: NextRequest, pass: () => NextResponse): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.has(pathname)) return pass();
  if (pathname.startsWith('/api/v1/webhooks/')) return pass(); // the secret in the URL is the credential
  if (request.cookies.has(SESSION_COOKIE)) return pass();
  if (pathname.startsWith('/api/')) {
    if (request.headers.get('authorization')) return pass();
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
