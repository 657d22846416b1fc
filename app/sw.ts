/// <reference lib="webworker" />
// The service worker. Bundled with esbuild by the route in app/serwist/[path]/route.ts and
// served at /serwist/sw.js (scope "/"); it is not part of the Next.js bundle.
import { defaultCache } from '@serwist/turbopack/worker';
import type { PrecacheEntry, SerwistGlobalConfig } from 'serwist';
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, Serwist } from 'serwist';
import { offlineCaching, replayOutboxOnSync } from '../lib/offline/worker-caching';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced by the build with the precache manifest (`injectionPoint`).
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Posters (lib/posters) never change under a URL (the version is in it): once shown they come
// from this cache, offline too, up to 1,500 images (the oldest go first).
const posters = {
  matcher: ({ sameOrigin, url }: { sameOrigin: boolean; url: URL }) =>
    sameOrigin && url.pathname.startsWith('/api/v1/posters/') && url.searchParams.has('v'),
  handler: new CacheFirst({
    cacheName: 'posters',
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 1500, maxAgeSeconds: 365 * 24 * 60 * 60, purgeOnQuotaError: true }),
    ],
  }),
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [posters, ...offlineCaching, ...defaultCache],
  fallbacks: {
    entries: [
      {
        url: '/~offline',
        matcher({ request }) {
          return request.destination === 'document';
        },
      },
    ],
  },
});

serwist.addEventListeners();
replayOutboxOnSync(self);
