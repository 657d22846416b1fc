'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { LogSheet } from '@/components/journal/log-sheet';
import type { LogTarget } from '@/components/journal/watch-form';
import { Toast, type ToastData } from '@/components/ui/toast';
import type { WatchEntry } from '@/lib/journal/watch-entry';

/** The title page's Log button: opens the journal's log sheet for this title, then refreshes the page. */
export function LogButton({ target }: { target: LogTarget }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [toast, setToast] = useState<ToastData | null>(null);
  const close = useCallback(() => setOpen(false), []);
  const dismiss = useCallback(() => setToast(null), []);
  const saved = useCallback(
    (watch: WatchEntry) => {
      setOpen(false);
      setToast({ id: watch.id, message: `Logged ${watch.title ?? watch.tconst}.` });
      router.refresh();
    },
    [router],
  );
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-brand-600 px-6 text-base font-semibold text-white shadow-sm transition hover:bg-brand-700"
      >
        <svg
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth={2.2}
          aria-hidden="true"
        >
          <path d="M12 5v14M5 12h14" strokeLinecap="round" />
        </svg>
        Log
      </button>
      <LogSheet target={open ? target : null} onClose={close} onSaved={saved} />
      <Toast toast={toast} onDismiss={dismiss} />
    </>
  );
}
