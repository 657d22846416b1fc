'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export interface ToastData {
  id: number;
  message: string;
  action?: { label: string; onClick: () => void } | { label: string; href: string };
}

/** A short message above the tab bar (phones) or in the corner (desktop), with one optional action. */
export function Toast({
  toast,
  onDismiss,
  ms = 8000,
}: {
  toast: ToastData | null;
  onDismiss: () => void;
  ms?: number;
}) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, ms);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, ms]);

  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(5.5rem+env(safe-area-inset-bottom))] z-40 flex justify-center px-4 md:inset-x-auto md:right-8 md:bottom-8"
    >
      {toast ? (
        <div
          key={toast.id}
          role="status"
          className="pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-2xl bg-zinc-900 py-2 pr-2 pl-5 text-white shadow-xl ring-1 ring-white/10 transition duration-200 starting:translate-y-4 starting:opacity-0 dark:bg-zinc-100 dark:text-zinc-900"
        >
          <p className="min-w-0 flex-1 py-2 text-sm font-medium">{toast.message}</p>
          {toast.action ? (
            'href' in toast.action ? (
              <Link
                href={toast.action.href}
                className="rounded-xl px-4 py-2.5 text-sm font-bold text-accent-400 hover:bg-white/10 dark:text-brand-600 dark:hover:bg-black/5"
              >
                {toast.action.label}
              </Link>
            ) : (
              <button
                type="button"
                onClick={toast.action.onClick}
                className="rounded-xl px-4 py-2.5 text-sm font-bold text-accent-400 hover:bg-white/10 dark:text-brand-600 dark:hover:bg-black/5"
              >
                {toast.action.label}
              </button>
            )
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
