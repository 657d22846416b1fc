import { ImdbDataNotice } from '@/components/home/imdb-data-notice';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/request';
import { etlIsRunning } from '@/lib/imdb/etl-status';
import { imdbDataStatus } from '@/lib/titles/imdb-status';

export default async function HomePage() {
  const [user, imdb, running] = await Promise.all([requireUser(), imdbDataStatus(), etlIsRunning()]);
  return (
    <div className="flex flex-col gap-5">
      <header>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Hello, {user.username}</p>
        <h1 className="text-3xl font-bold tracking-tight">Your journal</h1>
      </header>
      {imdb.loaded ? (
        <Card title="IMDb data">
          <p className="text-zinc-600 dark:text-zinc-400">{imdb.titles.toLocaleString('en')} titles loaded.</p>
        </Card>
      ) : (
        <ImdbDataNotice running={running} />
      )}
    </div>
  );
}
