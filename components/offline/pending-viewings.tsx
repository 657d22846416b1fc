'use client';

import { formatGrade } from '@/lib/journal/watches-format';
import type { OutboxEntry } from '@/lib/offline/outbox';
import { useOutbox, usePendingLogs } from './outbox-context';
import { PendingBadge } from './pending-badge';

/**
 * Viewings logged on this device that the server does not have yet, and on the diary the
 * viewings whose delete waits: the diary's top, and a title page's (that title's logs only).
 */
export function PendingViewings({ tconst }: { tconst?: string }) {
  const logs = usePendingLogs(tconst);
  const pending = useOutbox()?.pending;
  const deletes = tconst === undefined ? (pending ?? []).filter((e) => e.kind === 'delete') : [];
  const rows: [OutboxEntry, string][] = [
    ...logs.map((e): [OutboxEntry, string] => [e, 'Pending']),
    ...deletes.map((e): [OutboxEntry, string] => [e, 'Delete pending']),
  ];
  if (rows.length === 0) return null;
  return (
    <section aria-label="Waiting to sync" className="mb-2">
      <div className="-mx-4 flex items-baseline justify-between px-6 py-2 text-amber-800 md:mx-0 md:px-3 dark:text-amber-300">
        <h2 className="text-sm font-bold tracking-wide uppercase">Waiting to sync</h2>
        <span className="text-xs font-medium tabular-nums">{rows.length}</span>
      </div>
      <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-900">
        {rows.map(([{ id, kind, preview }, label]) => (
          <li
            key={id}
            data-testid={kind === 'log' ? 'pending-viewing' : 'pending-delete'}
            className="flex min-h-16 items-center gap-3 px-2 py-3"
          >
            <div className="min-w-0 flex-1">
              <p className={`truncate font-semibold ${kind === 'delete' ? 'line-through decoration-1' : ''}`}>
                {preview.title}
                {preview.year ? (
                  <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({preview.year})</span>
                ) : null}
              </p>
              <p className="text-sm text-zinc-500 dark:text-zinc-400">
                {preview.watchedOn ?? 'Date unknown'}
                {preview.grade !== null ? ` · ${formatGrade(preview.grade)}/10` : ''}
              </p>
            </div>
            <PendingBadge label={label} />
          </li>
        ))}
      </ul>
    </section>
  );
}
