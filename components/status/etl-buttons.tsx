import { startEtlAction } from '@/lib/imdb/actions/start-etl';
import { Button } from '../ui/button';

/** Starts a load from IMDb's host, or (before any data exists) of the bundled sample. */
export function EtlButtons({ running, offerSample }: { running: boolean; offerSample: boolean }) {
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
