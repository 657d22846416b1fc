import Link from 'next/link';
import { plural } from './labels';

/** The way into the review queue (of one import, with `batchId`), with its count as a badge. */
export function ReviewBanner({ pending, batchId }: { pending: number; batchId?: number }) {
  if (pending === 0) return null;
  return (
    <Link
      href={batchId ? `/import/review?batch=${batchId}` : '/import/review'}
      className="flex min-h-14 items-center justify-between gap-3 rounded-2xl border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 transition hover:border-amber-400 dark:border-amber-900/60 dark:bg-amber-900/20 dark:text-amber-100"
    >
      <span>
        <span className="block font-semibold">Review queue</span>
        <span className="text-sm opacity-80">
          {plural(
            pending,
            batchId ? 'row of this import' : 'imported row',
            batchId ? 'rows of this import' : undefined,
          )}{' '}
          could not be matched for sure: pick the right title.
        </span>
      </span>
      <span
        data-testid="review-count"
        className="grid min-w-9 place-items-center rounded-full bg-amber-500 px-2.5 py-1 text-sm font-bold tabular-nums text-ink-950"
      >
        {pending.toLocaleString('en')}
      </span>
    </Link>
  );
}
