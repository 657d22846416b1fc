'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { idbOutbox } from '@/lib/offline/idb-store';
import { type OutboxEntry, outboxState, retryEntry } from '@/lib/offline/outbox';
import { OUTBOX_CHANNEL, type OutboxMessage, syncOutbox } from '@/lib/offline/sync';
import { Toast, type ToastData } from '../ui/toast';
import { OfflineBanner } from './offline-banner';
import { OutboxContext, type OutboxContextValue } from './outbox-context';

/** How often pending changes are retried while the device says it is online. */
const RETRY_EVERY_MS = 20_000;
const RETRY_SOON_MS = 3000;

/**
 * Keeps the outbox in view (banner, pending count, needs attention) and sends it: when the app
 * opens, when the connection comes back, and now and then while something is pending.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [online, setOnline] = useState(true);
  const [state, setState] = useState<{ pending: OutboxEntry[]; attention: OutboxEntry[] }>({
    pending: [],
    attention: [],
  });
  const [toast, setToast] = useState<ToastData | null>(null);

  const reload = useCallback(() => {
    outboxState(idbOutbox).then(setState, () => undefined);
  }, []);
  const sync = useCallback(
    (force: boolean) => {
      syncOutbox(force)
        .then((report) => {
          reload();
          // What the server refused may be gone there (deleted elsewhere): the page catches up too.
          if (report.sent.length || report.attention.length) router.refresh();
          // Online but the answer never came (a dropped connection): try again soon, not in 20 s.
          if (report.offline && navigator.onLine) setTimeout(() => sync(false), RETRY_SOON_MS);
        })
        .catch(() => undefined);
    },
    [reload, router],
  );

  useEffect(() => {
    setOnline(navigator.onLine);
    reload();
    if (navigator.onLine) sync(true);
    const wentOnline = () => {
      setOnline(true);
      sync(true);
    };
    const wentOffline = () => setOnline(false);
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    const channel = new BroadcastChannel(OUTBOX_CHANNEL);
    channel.onmessage = (event: MessageEvent<OutboxMessage>) => {
      reload();
      if (event.data.type === 'synced') router.refresh();
    };
    return () => {
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      channel.close();
    };
  }, [reload, sync, router]);

  const hasPending = state.pending.length > 0;
  useEffect(() => {
    if (!hasPending || !online) return;
    const timer = setInterval(() => sync(false), RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [hasPending, online, sync]);

  const value = useMemo<OutboxContextValue>(
    () => ({
      online,
      ...state,
      queued: () => {
        reload();
        setToast({ id: Date.now(), message: 'Saved on this phone; it will sync when you’re online.' });
      },
      syncNow: () => sync(true),
      retry: (id) => {
        retryEntry(idbOutbox, id, Date.now()).then(() => sync(true), reload);
      },
      discard: (id) => {
        idbOutbox.remove(id).then(reload, reload);
      },
    }),
    [online, state, reload, sync],
  );
  const dismiss = useCallback(() => setToast(null), []);

  return (
    <OutboxContext.Provider value={value}>
      <OfflineBanner />
      {children}
      <Toast toast={toast} onDismiss={dismiss} />
    </OutboxContext.Provider>
  );
}
