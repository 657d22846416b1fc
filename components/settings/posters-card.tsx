import { setPostersAction } from '@/lib/posters/actions/set-posters';
import { Button } from '../ui/button';
import { Card } from '../ui/card';

/** Posters on or off for the server: the owner's switch, with what it means for privacy. */
export function PostersCard({ env, on, owner }: { env: boolean; on: boolean; owner: boolean }) {
  return (
    <Card title="Posters">
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="posters-state">
        {!env
          ? 'Off for this server (POSTERS=off in its environment): nothing is asked of IMDb, titles show letter tiles.'
          : on
            ? 'On: this server asks IMDb for the poster of each title you meet, a few per second in the background, and keeps them here.'
            : 'Off: nothing is asked of IMDb for posters; titles show letter tiles. The posters already kept stay on the server.'}
      </p>
      {env && owner ? (
        <form action={setPostersAction} className="mt-4">
          <input type="hidden" name="posters" value={on ? 'off' : 'on'} />
          <Button type="submit" variant="quiet">
            {on ? 'Turn posters off' : 'Turn posters on'}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
