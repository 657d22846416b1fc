import Link from 'next/link';
import type { ImportSummary } from '@/lib/import/types';
import { FORMAT_LABELS, formatWhen, plural } from './labels';

/** Title and one-line verdict of a batch: a preview, a finished import (the report), or an undone one. */
export function BatchHeader({ summary }: { summary: ImportSummary }) {
  const { counts, status } = summary;
  const heading = status === 'preview' ? 'Preview' : status === 'committed' ? 'Import report' : 'Undone import';
  return (
    <header className="flex flex-col gap-1">
      <Link href="/import" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400">
        ← Import
      </Link>
      <h1 className="text-3xl font-bold tracking-tight">{heading}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        {FORMAT_LABELS[summary.format]} · {summary.fileNames.join(', ')}
      </p>
      <p className="text-sm text-zinc-500 dark:text-zinc-400" data-testid="batch-verdict">
        {status === 'preview'
          ? `Not imported yet. Import adds ${plural(counts.new, 'viewing')}${
              counts.watchlist ? ` and ${plural(counts.watchlist, 'watchlist entry', 'watchlist entries')}` : ''
            }${counts.duplicate ? ` (${plural(counts.duplicate, 'row')} your journal already has)` : ''}; ${plural(
              counts.review,
              'row',
            )} will wait in the review queue.`
          : status === 'committed'
            ? `Imported ${formatWhen(summary.committedAt ?? summary.createdAt)}: ${plural(counts.new, 'viewing')} and ${plural(
                counts.watchlist,
                'watchlist entry',
                'watchlist entries',
              )} added, ${plural(counts.duplicate, 'duplicate')} skipped${
                counts.merged ? `, ${counts.merged.toLocaleString('en')} merged with other rows of the file` : ''
              }, ${plural(counts.review, 'row')} to review${
                counts.unmatched ? `, ${counts.unmatched.toLocaleString('en')} left unmatched` : ''
              }, ${plural(counts.invalid, 'invalid row')}.`
            : `Undone ${formatWhen(summary.undoneAt ?? summary.createdAt)}: none of it is in your journal any more.`}
      </p>
    </header>
  );
}
