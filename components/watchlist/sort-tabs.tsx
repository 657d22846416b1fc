import Link from 'next/link';
import { DEFAULT_ORDER, type SortOrder, WATCHLIST_SORTS, type WatchlistSort } from '@/lib/journal/watchlist';

const LABELS: Record<WatchlistSort, string> = {
  added: 'Date added',
  rating: 'IMDb rating',
  runtime: 'Runtime',
  year: 'Year',
};

const DIRECTIONS: Record<WatchlistSort, Record<SortOrder, string>> = {
  added: { desc: 'Newest first', asc: 'Oldest first' },
  rating: { desc: 'Best first', asc: 'Lowest first' },
  runtime: { asc: 'Shortest first', desc: 'Longest first' },
  year: { desc: 'Newest first', asc: 'Oldest first' },
};

const href = (sort: WatchlistSort, order: SortOrder) =>
  `/watchlist?sort=${sort}${order === DEFAULT_ORDER[sort] ? '' : `&order=${order}`}`;

/** The watchlist's sort choices as links (no JavaScript needed), and a switch for the direction. */
export function SortTabs({ sort, order }: { sort: WatchlistSort; order: SortOrder }) {
  const other: SortOrder = order === 'asc' ? 'desc' : 'asc';
  return (
    <nav aria-label="Sort the watchlist" className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        {WATCHLIST_SORTS.map((s) => {
          const active = s === sort;
          return (
            <li key={s} className="shrink-0">
              <Link
                href={href(s, DEFAULT_ORDER[s])}
                aria-current={active ? 'true' : undefined}
                className={`inline-flex min-h-10 items-center rounded-full px-4 text-sm font-medium transition ${
                  active
                    ? 'bg-brand-600 text-white'
                    : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-300 dark:hover:bg-ink-900'
                }`}
              >
                {LABELS[s]}
              </Link>
            </li>
          );
        })}
      </ul>
      <Link
        href={href(sort, other)}
        className="inline-flex min-h-10 items-center gap-1.5 self-start text-sm font-medium text-zinc-600 hover:text-brand-700 sm:self-auto dark:text-zinc-300 dark:hover:text-brand-400"
      >
        <span aria-hidden="true">⇅</span>
        {DIRECTIONS[sort][order]}
        <span className="sr-only">, switch to {DIRECTIONS[sort][other].toLowerCase()}</span>
      </Link>
    </nav>
  );
}
