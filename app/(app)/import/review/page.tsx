import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { ReviewItem } from '@/components/import/review-item';
import { ReviewPager } from '@/components/import/review-pager';
import { requireUser } from '@/lib/auth/request';
import { getImportSummary, listImportRecords, reviewQueue } from '@/lib/import';

export const metadata: Metadata = { title: 'Review queue' };

const PER_PAGE = 20;
const querySchema = z.object({
  page: z.coerce.number().int().min(0).max(100_000).catch(0),
  batch: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});

/** Imported rows that were not matched for sure, oldest import first; `?batch=` keeps to one import. */
export default async function ReviewQueuePage({ searchParams }: PageProps<'/import/review'>) {
  const user = await requireUser();
  const { page, batch } = querySchema.parse({ page: 0, ...(await searchParams) });
  if (batch) {
    const summary = await getImportSummary(user.id, batch);
    if (!summary) notFound();
    // Rows of a preview or an undone import cannot be resolved: their page says why.
    if (summary.status !== 'committed') redirect(`/import/${batch}`);
  }
  const offset = page * PER_PAGE;
  // One import's rows come from its record list (one more than a page says whether another follows).
  const [queue, ofBatch] = await Promise.all([
    reviewQueue(user.id, batch ? { limit: 1 } : { offset, limit: PER_PAGE }),
    batch ? listImportRecords(user.id, batch, { status: 'review', offset, limit: PER_PAGE + 1 }) : null,
  ]);
  const items = ofBatch ? ofBatch.slice(0, PER_PAGE) : queue.items;
  const hasNext = ofBatch ? ofBatch.length > PER_PAGE : offset + PER_PAGE < queue.total;
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link
          href={batch ? `/import/${batch}` : '/import'}
          className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400"
        >
          {batch ? '← Import report' : '← Import'}
        </Link>
        <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="review-total">
          {batch
            ? 'The rows of this import that wait for their title.'
            : queue.total === 0
              ? 'Nothing to review: every imported row has its title.'
              : `${queue.total.toLocaleString('en')} imported row${queue.total === 1 ? '' : 's'} to match.`}{' '}
          {items.length
            ? 'Pick the right title, search for it, or leave the row unmatched (it keeps its title and year).'
            : null}
        </p>
        {batch && queue.total > 0 ? (
          <Link
            href="/import/review"
            className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400"
          >
            The whole queue: {queue.total.toLocaleString('en')} rows
          </Link>
        ) : null}
      </header>
      {batch && items.length === 0 && page === 0 ? (
        <p className="text-zinc-500 dark:text-zinc-400">Nothing of this import waits for review.</p>
      ) : null}
      <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start">
        {items.map((record) => (
          <ReviewItem key={record.id} record={record} />
        ))}
      </ul>
      <ReviewPager page={page} hasNext={hasNext} batch={batch} />
    </div>
  );
}
