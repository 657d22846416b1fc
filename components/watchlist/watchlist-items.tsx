import Link from 'next/link';
import { formatRuntime, typeLabel } from '@/lib/journal/watches-format';
import type { WatchlistItem } from '@/lib/journal/watchlist';
import type { PosterMap } from '@/lib/posters/src';
import { yearSpan } from '@/lib/titles/format';
import { Poster } from '../titles/poster';
import { RatingBadge } from '../titles/rating-badge';
import { WatchlistToggle } from '../titles/watchlist-toggle';

const added = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function WatchlistItems({ items, posters }: { items: WatchlistItem[]; posters: PosterMap }) {
  return (
    <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2" data-testid="watchlist">
      {items.map((item) => {
        const facts = [
          typeLabel(item.titleType),
          yearSpan(item.startYear, item.endYear, item.titleType),
          formatRuntime(item.runtimeMinutes),
        ].filter(Boolean);
        return (
          <li
            key={item.tconst}
            className="flex gap-3 rounded-2xl border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
          >
            <Link href={`/titles/${item.tconst}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
              <Poster
                tconst={item.tconst}
                title={item.title}
                year={item.startYear}
                poster={posters[item.tconst]}
                size="sm"
              />
            </Link>
            <div className="flex min-w-0 flex-1 flex-col">
              <Link
                href={`/titles/${item.tconst}`}
                className="font-semibold leading-snug underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-400"
              >
                {item.title ?? item.tconst}
              </Link>
              <p className="text-sm text-zinc-500 dark:text-zinc-400">{facts.join(' · ')}</p>
              {item.genres.length ? (
                <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{item.genres.join(', ')}</p>
              ) : null}
              <div className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
                <RatingBadge rating={item.rating} votes={item.votes} size="md" />
                <span>Added {added(item.addedAt)}</span>
                {item.seen ? (
                  <span className="rounded-full bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
                    Seen
                  </span>
                ) : null}
              </div>
              {item.note ? <p className="mt-1 text-sm italic text-zinc-600 dark:text-zinc-300">{item.note}</p> : null}
            </div>
            <div className="-mr-1 flex flex-col items-end gap-1 self-start">
              <WatchlistToggle
                title={{ tconst: item.tconst, title: item.title ?? item.tconst, year: item.startYear }}
                onList
                variant="compact"
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
