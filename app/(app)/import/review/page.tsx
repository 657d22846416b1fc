import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { ReviewBulkBar } from '@/components/import/review-bulk-bar';
import { ReviewFilters } from '@/components/import/review-filters';
import type { ReviewQuery } from '@/components/import/review-href';
import { ReviewItem } from '@/components/import/review-item';
import { ReviewKeys } from '@/components/import/review-keys';
import { ReviewPager } from '@/components/import/review-pager';
import { requireUser } from '@/lib/auth/request';
import { getImportSummary, reviewQueue, reviewReasonCounts } from '@/lib/import';
import { reviewPage } from '@/lib/import/review-page';
import { reviewFilterFields } from '@/lib/import/schemas';
import { postersFor } from '@/lib/posters/availability';

export const metadata: Metadata = { title: 'Review queue' };

const PER_PAGE = 20;
// A bad parameter in the address shows the whole queue rather than an error page.
const querySchema = z.object({
  page: z.coerce.number().int().min(0).max(100_000).catch(0),
  batch: reviewFilterFields.batch.catch(undefined),
  reason: reviewFilterFields.reason.catch(undefined),
  min: reviewFilterFields.minConfidence.catch(undefined),
});

const rows = (n: number) => `${n.toLocaleString('en')} imported row${n === 1 ? '' : 's'}`;

/** Imported rows that were not matched for sure, oldest import first; filtered by import (`batch`),
 *  by why they wait (`reason`) and by the best candidate's confidence (`min`). */
export default async function ReviewQueuePage({ searchParams }: PageProps<'/import/review'>) {
  const user = await requireUser();
  const { page: requested, min, ...params } = querySchema.parse({ page: 0, ...(await searchParams) });
  if (params.batch) {
    const summary = await getImportSummary(user.id, params.batch);
    if (!summary) notFound();
    // Rows of a preview or an undone import cannot be resolved: their page says why.
    if (summary.status !== 'committed') redirect(`/import/${params.batch}`);
  }
  const query: ReviewQuery = { ...params, minConfidence: min };
  const [whole, counts, selection] = await Promise.all([
    reviewQueue(user.id, { limit: 0 }),
    reviewReasonCounts(user.id, query.batch),
    reviewQueue(user.id, { ...query, limit: 0 }),
  ]);
  const { page, offset, hasNext } = reviewPage(requested, selection.total, PER_PAGE);
  const { items } = await reviewQueue(user.id, { ...query, offset, limit: PER_PAGE });
  const batchTotal = counts.none + counts.weak + counts.several;
  const filtered = query.reason !== undefined || query.minConfidence !== undefined;
  // Two films of one name are told apart at a glance by their posters.
  const posters = await postersFor(items.flatMap((record) => record.candidates));
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link
          href={query.batch ? `/import/${query.batch}` : '/import'}
          className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400"
        >
          {query.batch ? '← Import report' : '← Import'}
        </Link>
        <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          <span data-testid="review-total">
            {batchTotal === 0
              ? query.batch
                ? 'Nothing of this import waits for review.'
                : 'Nothing to review: every imported row has its title.'
              : `${query.batch ? `${batchTotal.toLocaleString('en')} row${batchTotal === 1 ? '' : 's'} of this import` : rows(batchTotal)} to match${
                  filtered ? `, ${selection.total.toLocaleString('en')} shown by the filters` : ''
                }.`}
          </span>{' '}
          {items.length
            ? 'Pick the right title, search for it, or leave the row unmatched (it keeps its title and year).'
            : null}
        </p>
        {query.batch && whole.total > batchTotal ? (
          <Link
            href="/import/review"
            className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400"
          >
            The whole queue: {rows(whole.total)}
          </Link>
        ) : null}
      </header>
      {batchTotal > 0 ? (
        <>
          <ReviewFilters query={query} counts={counts} />
          <ReviewBulkBar
            query={query}
            total={selection.total}
            acceptable={query.reason !== 'none' && counts.weak + counts.several > 0}
          />
          <ReviewKeys />
        </>
      ) : null}
      <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start">
        {items.map((record) => (
          <ReviewItem key={record.id} record={record} posters={posters} />
        ))}
      </ul>
      <ReviewPager page={page} hasNext={hasNext} query={query} />
    </div>
  );
}
