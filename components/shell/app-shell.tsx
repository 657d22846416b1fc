import type { ReactNode } from 'react';
import { OutboxProvider } from '../offline/outbox-provider';
import { NavLinks } from './nav';

/** Sidebar on wide screens, bottom tab bar on phones; content in between. */
export function AppShell({ username, children }: { username: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh md:flex">
      <aside className="hidden w-64 shrink-0 border-r border-zinc-200 bg-zinc-50 p-4 md:flex md:flex-col dark:border-zinc-800 dark:bg-ink-900">
        <div className="mb-6 flex items-center gap-3 px-2">
          {/* biome-ignore lint/performance/noImgElement: a tiny static SVG needs no optimisation */}
          <img src="/icons/icon.svg" alt="" width={36} height={36} className="rounded-lg" />
          <span className="font-semibold">My Movie Journal</span>
        </div>
        <nav aria-label="Main" className="flex-1">
          <NavLinks variant="side" />
        </nav>
        <p className="px-3 text-sm text-zinc-500 dark:text-zinc-400">Signed in as {username}</p>
      </aside>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 pt-[max(1.5rem,env(safe-area-inset-top))] pb-28 md:px-8 md:pt-10 md:pb-10">
        <OutboxProvider>{children}</OutboxProvider>
      </main>
      <nav
        aria-label="Main"
        className="pb-safe fixed inset-x-0 bottom-0 z-20 border-t border-zinc-200 bg-white/95 backdrop-blur md:hidden dark:border-zinc-800 dark:bg-ink-950/95"
      >
        <NavLinks variant="bar" />
      </nav>
    </div>
  );
}
