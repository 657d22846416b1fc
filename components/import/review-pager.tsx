import Link from 'next/link';
import { type ReviewQuery, reviewHref } from './review-href';

const linkClass = 'min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400';

/** Previous / Next through the review queue, keeping its filters. */
export function ReviewPager({ page, hasNext, query }: { page: number; hasNext: boolean; query: ReviewQuery }) {
  if (page === 0 && !hasNext) return null;
  const href = (p: number) => reviewHref(query, p);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between">
      {page > 0 ? (
        <Link href={href(page - 1)} className={linkClass}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-500 dark:text-zinc-400">Page {page + 1}</span>
      {hasNext ? (
        <Link href={href(page + 1)} className={linkClass}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
