// Builds and serves the service worker: /serwist/sw.js (+ /serwist/sw.js.map).
// Prerendered at `next build` (force-static), bundled from app/sw.ts with native esbuild,
// with the precache manifest (.next/static/** and public/**) injected as self.__SW_MANIFEST.
// The response carries `Service-Worker-Allowed: /`, so the worker can control the whole app.
import { createHash } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';

/** The offline document (app/~offline/page.tsx), precached and served for failed navigations. */
const OFFLINE_URL = '/~offline';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  manifestTransforms: [
    // Precache the offline page with a revision derived from this build's assets (their
    // content-hashed names and file hashes), so a new build re-fetches the offline page
    // together with the CSS/JS it references. (`additionalPrecacheEntries` is resolved when
    // the module loads, before the build output it should depend on is final.)
    (entries) => {
      const hash = createHash('sha256');
      for (const { url, revision } of entries) hash.update(`${url} ${revision ?? ''}\n`);
      const revision = hash.digest('hex').slice(0, 20);
      return { manifest: [...entries, { url: OFFLINE_URL, revision, size: 0 }] };
    },
  ],
});
