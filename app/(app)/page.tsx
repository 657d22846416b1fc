import Link from 'next/link';
import { ImdbDataNotice } from '@/components/home/imdb-data-notice';
import { Inbox } from '@/components/home/inbox';
import { PicksTeaser } from '@/components/home/picks-teaser';
import { RecentViewings } from '@/components/home/recent-viewings';
import { ReviewBanner } from '@/components/import/review-banner';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/request';
import { isOwner } from '@/lib/auth/users';
import { inbox } from '@/lib/connections/deliveries';
import { etlIsRunning } from '@/lib/imdb/etl-status';
import { reviewQueue } from '@/lib/import';
import { listWatches } from '@/lib/journal/diary-query';
import { getPickList } from '@/lib/picks';
import { pendingRefresh } from '@/lib/server/refresh-requests';
import { imdbDataStatus } from '@/lib/titles/imdb-status';

export default async function HomePage() {
  const user = await requireUser();
  const [imdb, running, recent, picks, review, owner, deliveries, updating] = await Promise.all([
    imdbDataStatus(),
    etlIsRunning(),
    listWatches(user.id, { limit: 5 }),
    getPickList(user.id),
    reviewQueue(user.id, { limit: 1 }),
    isOwner(user.id),
    inbox(user.id),
    pendingRefresh(user.id),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex items-end justify-between gap-3">
        <div>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">Hello, {user.username}</p>
          <h1 className="text-3xl font-bold tracking-tight">Your journal</h1>
        </div>
        <Link
          href="/search"
          className="flex min-h-11 items-center rounded-xl bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
        >
          Log a film
        </Link>
      </header>
      <Inbox items={deliveries} />
      <ReviewBanner pending={review.total} />
      {imdb.loaded ? null : <ImdbDataNotice running={running} isOwner={owner} />}
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        <RecentViewings watches={recent.watches} />
        <PicksTeaser list={picks} updating={updating} />
      </div>
      {imdb.loaded ? (
        <Card title="IMDb data">
          <p className="text-zinc-600 dark:text-zinc-400">
            {imdb.titles.toLocaleString('en')} titles loaded.{' '}
            <Link href="/stats" className="font-semibold text-brand-600 dark:text-brand-400">
              Your statistics →
            </Link>
          </p>
        </Card>
      ) : null}
    </div>
  );
}
