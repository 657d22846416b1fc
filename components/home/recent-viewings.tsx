import Link from 'next/link';
import { GradeBadge } from '@/components/journal/watch-card';
import { Card } from '@/components/ui/card';
import type { WatchEntry } from '@/lib/journal/watch-entry';
import { formatWatchedOn } from '@/lib/journal/watches-format';

/** The last few viewings, each linking to its title. */
export function RecentViewings({ watches }: { watches: WatchEntry[] }) {
  return (
    <Card title="Recently watched">
      {watches.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Nothing logged yet.{' '}
          <Link href="/search" className="font-semibold text-brand-600 dark:text-brand-400">
            Search
          </Link>{' '}
          a film to log it, or{' '}
          <Link href="/import" className="font-semibold text-brand-600 dark:text-brand-400">
            import your history
          </Link>
          .
        </p>
      ) : (
        <ul className="-mx-2 flex flex-col">
          {watches.map((watch) => (
            <li key={watch.id}>
              <Link
                href={`/titles/${watch.tconst}`}
                className="flex min-h-12 items-center gap-3 rounded-xl px-2 py-1.5 hover:bg-zinc-50 dark:hover:bg-ink-800"
              >
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">
                    {watch.title ?? watch.tconst}
                    {watch.year ? (
                      <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({watch.year})</span>
                    ) : null}
                  </span>
                  <span className="block text-sm text-zinc-500 dark:text-zinc-400">
                    {formatWatchedOn(watch.watchedOn, watch.datePrecision, { short: true, kind: watch.dateKind })}
                    {watch.rewatch ? ' · Rewatch' : ''}
                  </span>
                </span>
                <GradeBadge grade={watch.grade} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/diary" className="mt-3 inline-block font-semibold text-brand-600 dark:text-brand-400">
        Open the diary →
      </Link>
    </Card>
  );
}
