import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { ReviewItem } from '@/components/import/review-item';
import { ReviewPager } from '@/components/import/review-pager';
import { requireUser } from '@/lib/auth/request';
import { getImportSummary, listImportRecords, reviewQueue } from '@/lib/import';
import { reviewPage } from '@/lib/import/review-page';
import { idField } from '@/lib/import/schemas';
import { postersFor } from '@/lib/posters/availability';

export const metadata: Metadata = { title: 'Review queue' };

const PER_PAGE = 20;
const querySchema = z.object({
  page: z.coerce.number().int().min(0).max(100_000).catch(0),
  batch: idField('batch').optional().catch(undefined),
});

const rows = (n: number) => `${n.toLocaleString('en')} imported row${n === 1 ? '' : 's'}`;

/** Imported rows that were not matched for sure, oldest import first; `?batch=` keeps to one import. */
export default async function ReviewQueuePage({ searchParams }: PageProps<'/import/review'>) {
  const user = await requireUser();
  const query = querySchema.parse({ page: 0, ...(await searchParams) });
  const summary = query.batch ? await getImportSummary(user.id, query.batch) : null;
  if (query.batch) {
    if (!summary) notFound();
    // Rows of a preview or an undone import cannot be resolved: their page says why.
    if (summary.status !== 'committed') redirect(`/import/${query.batch}`);
  }
  const batch = summary?.batchId;
  const whole = await reviewQueue(user.id, { limit: 0 });
  const total = summary ? summary.counts.review : whole.total;
  const { page, offset, hasNext } = reviewPage(query.page, total, PER_PAGE);
  const items = batch
    ? ((await listImportRecords(user.id, batch, { status: 'review', offset, limit: PER_PAGE })) ?? [])
    : (await reviewQueue(user.id, { offset, limit: PER_PAGE })).items;
  // Two films of one name are told apart at a glance by their posters.
  const posters = await postersFor(items.flatMap((record) => record.candidates));
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
        <p className="text-zinc-600 dark:text-zinc-400">
          <span data-testid="review-total">
            {total === 0
              ? batch
                ? 'Nothing of this import waits for review.'
                : 'Nothing to review: every imported row has its title.'
              : batch
                ? `${total.toLocaleString('en')} row${total === 1 ? '' : 's'} of this import to match.`
                : `${rows(total)} to match.`}
          </span>{' '}
          {items.length
            ? 'Pick the right title, search for it, or leave the row unmatched (it keeps its title and year).'
            : null}
        </p>
        {batch && whole.total > total ? (
          <Link
            href="/import/review"
            className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400"
          >
            The whole queue: {rows(whole.total)}
          </Link>
        ) : null}
      </header>
      <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start">
        {items.map((record) => (
          <ReviewItem key={record.id} record={record} posters={posters} />
        ))}
      </ul>
      <ReviewPager page={page} hasNext={hasNext} batch={batch} />
    </div>
  );
}
