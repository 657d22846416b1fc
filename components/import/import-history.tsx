import Link from 'next/link';
import type { ImportSummary } from '@/lib/import/types';
import { BATCH_STATUS_LABELS, FORMAT_LABELS, formatWhen, plural } from './labels';
import { UndoButton } from './undo-button';

function countsLine({ counts }: ImportSummary): string {
  return [
    plural(counts.new, 'new viewing'),
    counts.watchlist ? `${counts.watchlist.toLocaleString('en')} to the watchlist` : null,
    counts.duplicate ? `${counts.duplicate.toLocaleString('en')} already logged` : null,
    counts.review ? `${counts.review.toLocaleString('en')} to review` : null,
    counts.unmatched ? `${counts.unmatched.toLocaleString('en')} left unmatched` : null,
    counts.invalid ? `${counts.invalid.toLocaleString('en')} invalid` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Every import of the account, newest first, each with Undo while it is in the journal. */
export function ImportHistory({ batches }: { batches: ImportSummary[] }) {
  if (batches.length === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">No imports yet.</p>;
  }
  return (
    <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
      {batches.map((b) => {
        const label = `${FORMAT_LABELS[b.format]} import of ${formatWhen(b.createdAt)}`;
        return (
          <li key={b.batchId} data-testid="import-batch" className="flex items-center gap-3 py-3">
            <Link href={`/import/${b.batchId}`} className="min-w-0 flex-1 rounded-lg hover:opacity-80">
              <p className="font-semibold">
                {FORMAT_LABELS[b.format]}
                <span
                  className={`ml-2 rounded-full px-2 py-0.5 align-middle text-xs font-semibold ${
                    b.status === 'committed'
                      ? 'bg-emerald-50 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200'
                      : 'bg-zinc-100 text-zinc-600 dark:bg-ink-800 dark:text-zinc-300'
                  }`}
                >
                  {BATCH_STATUS_LABELS[b.status]}
                </span>
              </p>
              <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">{b.fileNames.join(', ')}</p>
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                {formatWhen(b.committedAt ?? b.createdAt)} · {countsLine(b)}
              </p>
            </Link>
            {b.status === 'committed' ? <UndoButton batchId={b.batchId} label={label} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
