import type { ReactNode } from 'react';

/** The centred card around the login and setup forms. */
export function AuthFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <main className="pt-safe pb-safe flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-10 dark:bg-ink-950">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-3">
          {/* biome-ignore lint/performance/noImgElement: a tiny static SVG needs no optimisation */}
          <img src="/icons/icon.svg" alt="" width={48} height={48} className="rounded-xl" />
          <div>
            <p className="text-sm font-medium text-brand-600 dark:text-brand-400">My Movie Journal</p>
            <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          </div>
        </div>
        <p className="mb-6 text-zinc-600 dark:text-zinc-400">{intro}</p>
        <div className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-ink-900">
          {children}
        </div>
      </div>
    </main>
  );
}
