import type { Metadata } from 'next';
import Link from 'next/link';
import { CachedCopyNotice } from '@/components/offline/cached-copy-notice';
import { RememberTitles } from '@/components/offline/remember-titles';
import { Card } from '@/components/ui/card';
import { SortTabs } from '@/components/watchlist/sort-tabs';
import { WatchlistItems } from '@/components/watchlist/watchlist-items';
import { requireUser } from '@/lib/auth/request';
import { DEFAULT_ORDER, listWatchlist, WATCHLIST_SORTS, type WatchlistSort } from '@/lib/journal/watchlist';
import { postersFor } from '@/lib/posters/availability';

export const metadata: Metadata = { title: 'Watchlist' };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function WatchlistPage({ searchParams }: PageProps<'/watchlist'>) {
  const user = await requireUser();
  const query = await searchParams;
  const requested = one(query.sort);
  const sort: WatchlistSort = WATCHLIST_SORTS.find((s) => s === requested) ?? 'added';
  const requestedOrder = one(query.order);
  const order = requestedOrder === 'asc' || requestedOrder === 'desc' ? requestedOrder : DEFAULT_ORDER[sort];
  const items = await listWatchlist(user.id, { sort, order });
  const posters = await postersFor(items);
  return (
    <div className="flex flex-col gap-5">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Watchlist</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          {items.length === 0
            ? 'What you mean to watch.'
            : `${items.length} title${items.length === 1 ? '' : 's'} to watch${
                items.some((i) => i.seen) ? `, ${items.filter((i) => i.seen).length} already seen` : ''
              }.`}
        </p>
        <CachedCopyNotice renderedAt={Date.now()} />
      </header>
      {items.length === 0 ? (
        <Card>
          <p className="mb-3 text-zinc-600 dark:text-zinc-400">
            Nothing here yet. Open a title and choose <strong>Add to watchlist</strong>.
          </p>
          <Link
            href="/search"
            className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-400"
          >
            Find a title
          </Link>
        </Card>
      ) : (
        <>
          <SortTabs sort={sort} order={order} />
          <WatchlistItems items={items} posters={posters} />
          <RememberTitles
            titles={items.map((i) => ({
              tconst: i.tconst,
              title: i.title ?? i.tconst,
              year: i.startYear,
              type: i.titleType,
              onWatchlist: true,
            }))}
          />
        </>
      )}
    </div>
  );
}
