import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { ReviewItem } from '@/components/import/review-item';
import { requireUser } from '@/lib/auth/request';
import { reviewQueue } from '@/lib/import';

export const metadata: Metadata = { title: 'Review queue' };

const PER_PAGE = 20;
const pageSchema = z.coerce.number().int().min(0).max(100_000).catch(0);

/** Imported rows that were not matched for sure, oldest import first. */
export default async function ReviewQueuePage({ searchParams }: PageProps<'/import/review'>) {
  const user = await requireUser();
  const page = pageSchema.parse((await searchParams).page ?? 0);
  const queue = await reviewQueue(user.id, { offset: page * PER_PAGE, limit: PER_PAGE });
  const pages = Math.ceil(queue.total / PER_PAGE);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/import" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-400">
          ← Import
        </Link>
        <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="review-total">
          {queue.total === 0
            ? 'Nothing to review: every imported row has its title.'
            : `${queue.total.toLocaleString('en')} imported row${queue.total === 1 ? '' : 's'} to match. Pick the right title, search for it, or leave the row unmatched (it keeps its title and year).`}
        </p>
      </header>
      <ul className="grid gap-4 lg:grid-cols-2 lg:items-start">
        {queue.items.map((record) => (
          <ReviewItem key={record.id} record={record} />
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between">
          {page > 0 ? (
            <Link
              href={`/import/review?page=${page - 1}`}
              className="min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400"
            >
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-zinc-500">
            {page + 1} of {pages}
          </span>
          {page + 1 < pages ? (
            <Link
              href={`/import/review?page=${page + 1}`}
              className="min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400"
            >
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
