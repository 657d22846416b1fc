import { formatRating, formatVotes } from '@/lib/titles/format';

function StarIcon({ className = '' }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className={`fill-current ${className}`}>
      <path d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.7L10 14.8l-5.1 2.7 1-5.7-4.1-4 5.7-.8z" />
    </svg>
  );
}

/** IMDb's average rating and vote count: "★ 7.2 /10 · 21.9k votes". */
export function RatingBadge({
  rating,
  votes,
  size = 'md',
}: {
  rating: number | null;
  votes?: number | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  if (rating == null) return null;
  const value = formatRating(rating);
  const count = formatVotes(votes);
  if (size === 'lg') {
    return (
      <div className="flex items-center gap-2" title="IMDb rating">
        <StarIcon className="size-7 text-accent-500" />
        <p className="leading-tight">
          <span className="text-2xl font-bold tabular-nums">{value}</span>
          <span className="text-sm text-zinc-500 dark:text-zinc-400">/10</span>
          {count ? <span className="block text-xs text-zinc-500 dark:text-zinc-400">{count} votes on IMDb</span> : null}
        </p>
      </div>
    );
  }
  return (
    <span
      className={`inline-flex items-center gap-1 tabular-nums ${size === 'sm' ? 'text-sm' : 'text-base'}`}
      title={count ? `IMDb rating, ${count} votes` : 'IMDb rating'}
    >
      <StarIcon className="size-4 text-accent-500" />
      <span className="font-semibold">{value}</span>
      {count && size === 'md' ? <span className="text-zinc-500 dark:text-zinc-400">· {count}</span> : null}
    </span>
  );
}
