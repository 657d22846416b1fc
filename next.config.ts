import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from './lib/http/security-headers';

// The paths proxy.ts does not run for (its matcher): their policy has no nonce.
const UNPROXIED =
  '/:path(_next/static/.*|_next/image|icons/.*|serwist/.*|manifest.webmanifest|favicon.ico|robots.txt|api/health|api/v1/openapi.json)';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project; skipping it here keeps builds on a Pi short.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      { source: UNPROXIED, headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy() }] },
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] },
    ];
  },
};

export default withSerwist(nextConfig);
