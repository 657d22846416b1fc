import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project; skipping it here keeps builds on a Pi short.
  typescript: { ignoreBuildErrors: true },
};

export default withSerwist(nextConfig);
