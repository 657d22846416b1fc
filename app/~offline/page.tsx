import type { Metadata } from 'next';

// Precached by the service worker (app/sw.ts) and shown instead of any page that cannot be
// loaded while the device is offline. No data, no auth; rendered per request all the same, so
// its scripts carry the nonce of the Content-Security-Policy it is cached with (proxy.ts).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Offline',
  robots: { index: false },
};

export default function OfflinePage() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-6 py-12">
      <div className="w-full max-w-sm text-center">
        <div className="mx-auto mb-6 flex size-16 items-center justify-center rounded-2xl bg-brand-900 text-accent-400 shadow-sm">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M12 20h.01" />
            <path d="M8.5 16.43a5 5 0 0 1 7 0" />
            <path d="M5 12.86a10 10 0 0 1 5.17-2.69" />
            <path d="M19 12.86a10 10 0 0 0-2-1.52" />
            <path d="M2 8.82a15 15 0 0 1 4.18-2.64" />
            <path d="M22 8.82a15 15 0 0 0-11.29-3.76" />
            <path d="m2 2 20 20" />
          </svg>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight">You are offline</h1>
        <p className="mt-3 text-base leading-relaxed text-zinc-600 dark:text-zinc-400">
          My Movie Journal lives on its server at home, and this device can’t reach it right now.
        </p>
        <p className="mt-3 text-sm leading-relaxed text-zinc-500 dark:text-zinc-400">
          Your diary, your watchlist and the title pages you opened recently work from this phone’s copy, and what you
          log from them is kept here and sent when you are back online.
        </p>
        <nav aria-label="Works offline" className="mt-6 flex justify-center gap-3">
          {[
            { href: '/diary', label: 'Diary' },
            { href: '/watchlist', label: 'Watchlist' },
          ].map((link) => (
            <a
              key={link.href}
              href={link.href}
              className="inline-flex min-h-11 items-center rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-ink-800"
            >
              {link.label}
            </a>
          ))}
        </nav>
        <a
          href="/"
          className="mt-6 inline-flex items-center justify-center rounded-full bg-brand-900 px-5 py-2.5 text-sm font-medium text-accent-400 transition-colors hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 dark:bg-accent-500 dark:text-brand-900 dark:hover:bg-accent-400"
        >
          Try again
        </a>
      </div>
    </main>
  );
}
