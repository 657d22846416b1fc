/// <reference lib="webworker" />
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, type RuntimeCaching } from 'serwist';
import { SYNC_TAG, syncOutbox } from './sync';

// The service worker's offline rules (app/sw.ts puts them before Serwist's defaults).
// Journal data is network-first with a short timeout, so a weak signal falls back to the copy
// from the last visit: pages (diary, watchlist, recently opened titles) and API reads.
// Hashed assets never change under their name: cache-first.

const DAY = 24 * 60 * 60;
const NETWORK_TIMEOUT_SECONDS = 5;

const sameOriginRead = (request: Request, sameOrigin: boolean) => sameOrigin && request.method === 'GET';

export const offlineCaching: RuntimeCaching[] = [
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
    handler: new CacheFirst({
      cacheName: 'next-static',
      plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 365 * DAY, purgeOnQuotaError: true })],
    }),
  },
  {
    matcher: ({ request, sameOrigin, url }) =>
      sameOriginRead(request, sameOrigin) && request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
    handler: new NetworkFirst({
      cacheName: 'pages',
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  },
  {
    matcher: ({ request, sameOrigin, url }) =>
      sameOriginRead(request, sameOrigin) && url.pathname.startsWith('/api/v1/') && url.pathname !== '/api/v1/export',
    handler: new NetworkFirst({
      cacheName: 'api-reads',
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  },
];

/** Background Sync: the browser wakes the worker once online; a round that finds no network fails, so it retries. */
export function replayOutboxOnSync(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('sync', (event) => {
    const sync = event as ExtendableEvent & { tag?: string };
    if (sync.tag !== SYNC_TAG) return;
    sync.waitUntil(
      syncOutbox(true).then((report) => {
        if (report.offline) throw new Error('Still offline: the browser will try again.');
      }),
    );
  });
}
