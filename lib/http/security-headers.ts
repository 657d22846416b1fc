// The security headers of every response. Pages get a nonce-based script policy from proxy.ts
// (Next.js puts the nonce on its own scripts when it renders a page); the responses the proxy
// does not see (static files, the service worker, the health check) get the same policy with
// 'self' scripts, and every response the other headers, from next.config.ts.

/**
 * Styles allow 'unsafe-inline' because React renders `style` props (progress bars, chart
 * widths, poster tiles) as style attributes in the server's HTML, which a nonce cannot cover;
 * scripts, where an injection would do harm, stay nonce-only. No upgrade-insecure-requests:
 * the app is often served over plain HTTP on a home network.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const dev = process.env.NODE_ENV === 'development';
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()';

/** Headers every response carries, whatever route answers it. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** Sent only when a reverse proxy says the request came over HTTPS (X-Forwarded-Proto: https). */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=31536000' };
