import Link from 'next/link';

const linkClass = 'min-h-11 rounded-xl px-4 py-2.5 font-semibold text-brand-700 dark:text-brand-400';

/** Previous / Next through the review queue, keeping its `batch` filter. */
export function ReviewPager({ page, hasNext, batch }: { page: number; hasNext: boolean; batch?: number }) {
  if (page === 0 && !hasNext) return null;
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (batch) params.set('batch', String(batch));
    if (p > 0) params.set('page', String(p));
    const qs = params.toString();
    return `/import/review${qs ? `?${qs}` : ''}`;
  };
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
