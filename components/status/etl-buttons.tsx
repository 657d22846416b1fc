import { startEtlAction } from '@/lib/imdb/actions/start-etl';
import { Button } from '../ui/button';

type Props = { running: boolean; offerSample: boolean; isOwner: boolean };

/** Starts a load from IMDb's host, or (before any data exists) of the bundled sample: the owner's. */
export function EtlButtons({ running, offerSample, isOwner }: Props) {
  if (!isOwner) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Only the server's owner (the account created first) can load or refresh the IMDb data.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <form action={startEtlAction}>
        <input type="hidden" name="kind" value="imdb" />
        <Button type="submit" disabled={running}>
          Load IMDb data
        </Button>
      </form>
      {offerSample ? (
        <form action={startEtlAction}>
          <input type="hidden" name="kind" value="sample" />
          <Button type="submit" variant="quiet" disabled={running}>
            Load sample data
          </Button>
        </form>
      ) : null}
    </div>
  );
}
