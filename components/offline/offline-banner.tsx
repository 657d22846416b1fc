'use client';

import type { ChangeKind } from '@/lib/offline/outbox';
import { useOutbox } from './outbox-context';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a refused change was, before the title it was about. */
const KIND_LABEL: Record<ChangeKind, string> = {
  log: 'Viewing',
  edit: 'Edit',
  delete: 'Delete',
  restore: 'Undo of a delete',
  'watchlist-add': 'Watchlist add',
  'watchlist-remove': 'Watchlist removal',
  dismiss: 'Not interested',
};

/** The shell's honest state: offline, what is waiting to sync, and what the server refused. */
export function OfflineBanner() {
  const outbox = useOutbox();
  if (!outbox) return null;
  const { online, pending, attention } = outbox;
  if (online && pending.length === 0 && attention.length === 0) return null;
  const onlyLogs = pending.every((entry) => entry.kind === 'log');
  const waiting = pending.length
    ? `${onlyLogs ? plural(pending.length, 'viewing', 'viewings') : plural(pending.length, 'change', 'changes')} waiting to sync`
    : null;
  return (
    <div className="mb-4 flex flex-col gap-2">
      {!online || waiting ? (
        <div
          role="status"
          data-testid="offline-banner"
          className={`flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1 rounded-2xl px-4 py-2 text-sm font-medium ${
            online
              ? 'bg-brand-50 text-brand-900 dark:bg-brand-900/60 dark:text-brand-100'
              : 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100'
          }`}
        >
          <span className="flex-1">
            {online ? '' : 'You’re offline: pages show what this phone saw last, and what you change is kept here. '}
            {waiting}
          </span>
          {online && waiting ? (
            <button type="button" onClick={outbox.syncNow} className="min-h-9 rounded-lg px-3 font-semibold underline">
              Sync now
            </button>
          ) : null}
        </div>
      ) : null}
      {attention.length ? (
        <section
          aria-label="Needs attention"
          className="rounded-2xl bg-red-50 px-4 py-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          <h2 className="font-semibold">
            {plural(attention.length, 'change needs', 'changes need')} attention: the server refused{' '}
            {attention.length === 1 ? 'it' : 'them'}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {attention.map((entry) => (
              <li key={entry.id} data-testid="needs-attention" className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="min-w-0 flex-1">
                  {KIND_LABEL[entry.kind]}: <strong>{entry.preview.title}</strong>
                  {entry.preview.watchedOn ? ` · ${entry.preview.watchedOn}` : ''} — {entry.reason}
                </span>
                <button
                  type="button"
                  onClick={() => outbox.retry(entry.id)}
                  className="min-h-9 font-semibold underline"
                >
                  Try again
                </button>
                <button
                  type="button"
                  onClick={() => outbox.discard(entry.id)}
                  className="min-h-9 font-semibold underline"
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
