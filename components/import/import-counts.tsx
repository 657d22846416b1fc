import Link from 'next/link';
import type { ImportCounts as Counts } from '@/lib/import/types';

const TILES: { key: keyof Counts; label: string; tone: string }[] = [
  { key: 'rows', label: 'Rows', tone: 'text-zinc-900 dark:text-zinc-100' },
  { key: 'new', label: 'New viewings', tone: 'text-emerald-700 dark:text-emerald-300' },
  { key: 'duplicate', label: 'Already logged', tone: 'text-zinc-600 dark:text-zinc-300' },
  { key: 'merged', label: 'Merged in the file', tone: 'text-zinc-600 dark:text-zinc-300' },
  { key: 'watchlist', label: 'Watchlist', tone: 'text-brand-700 dark:text-brand-400' },
  { key: 'review', label: 'To review', tone: 'text-amber-700 dark:text-amber-300' },
  { key: 'unmatched', label: 'Left unmatched', tone: 'text-zinc-600 dark:text-zinc-300' },
  { key: 'invalid', label: 'Invalid', tone: 'text-red-700 dark:text-red-400' },
];

/** The figures of a preview or a report (Merged and Left unmatched only when there are such
 *  rows); each but Rows links to its records. */
export function ImportCounts({ counts, hrefFor }: { counts: Counts; hrefFor?: (key: keyof Counts) => string }) {
  const tiles = TILES.filter((t) => (t.key !== 'unmatched' && t.key !== 'merged') || counts[t.key] > 0);
  const seven = tiles.length === 7;
  const grid =
    tiles.length === 8 ? 'grid-cols-4 lg:grid-cols-8' : `grid-cols-3 ${seven ? 'lg:grid-cols-7' : 'md:grid-cols-6'}`;
  return (
    <ul className={`grid gap-2 ${grid}`} data-testid="import-counts">
      {tiles.map(({ key, label, tone }) => {
        const body = (
          <>
            <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</span>
            <span className={`text-2xl font-bold tabular-nums ${tone}`}>{counts[key].toLocaleString('en')}</span>
          </>
        );
        const box =
          'flex min-h-16 flex-col justify-between rounded-xl border border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-800 dark:bg-ink-800/60';
        return (
          // Seven figures: Rows takes a line of its own where the other six make two rows of three.
          <li
            key={key}
            className={`flex ${seven && key === 'rows' ? 'col-span-3 lg:col-span-1' : ''}`}
            data-count={key}
          >
            {hrefFor && key !== 'rows' && counts[key] > 0 ? (
              <Link href={hrefFor(key)} className={`${box} flex-1 hover:border-brand-400`}>
                {body}
              </Link>
            ) : (
              <div className={`${box} flex-1`}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
