'use client';

import { usePendingLogs } from './outbox-context';

/** The diary's top: viewings logged on this device that the server does not have yet. */
export function PendingViewings() {
  const logs = usePendingLogs();
  if (logs.length === 0) return null;
  return (
    <section aria-label="Waiting to sync" className="mb-2">
      <div className="-mx-4 flex items-baseline justify-between px-6 py-2 text-amber-800 md:mx-0 md:px-3 dark:text-amber-300">
        <h2 className="text-sm font-bold tracking-wide uppercase">Waiting to sync</h2>
        <span className="text-xs font-medium tabular-nums">{logs.length}</span>
      </div>
      <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-900">
        {logs.map(({ id, preview }) => (
          <li key={id} data-testid="pending-viewing" className="flex min-h-16 items-center gap-3 px-2 py-3">
            <div className="min-w-0 flex-1">
              <p className="truncate font-semibold">
                {preview.title}
                {preview.year ? <span className="font-normal text-zinc-500"> ({preview.year})</span> : null}
              </p>
              <p className="text-sm text-zinc-500 dark:text-zinc-400">
                {preview.watchedOn ?? 'Date unknown'}
                {preview.grade !== null ? ` · ${preview.grade}/10` : ''}
              </p>
            </div>
            <span className="shrink-0 rounded-full bg-amber-100 px-2.5 py-1 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
              Pending
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
