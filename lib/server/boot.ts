import { stampPeerAddresses } from '../auth/peer-address';
import { deleteExpiredSessions } from '../auth/sessions';
import { setupCode } from '../auth/setup-code';
import { countUsers } from '../auth/users';
import { migrate } from '../db/migrate';
import { startPosterQueue } from '../posters/queue';
import { startRefresher } from './refresher';

/**
 * Server start: bring the schema up to date, start the poster queue (unless POSTERS=off) and the
 * statistics and picks refresher, then tell the owner how to claim a fresh instance.
 */
export async function boot(): Promise<void> {
  stampPeerAddresses();
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm start` (embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  const applied = await migrate(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  await deleteExpiredSessions();
  startPosterQueue();
  startRefresher();
  if ((await countUsers()) === 0) {
    const fromEnv = Boolean(process.env.SETUP_CODE?.trim());
    console.log(
      fromEnv
        ? 'No account yet: open the app and create the owner account with your SETUP_CODE.'
        : `No account yet: open the app and create the owner account with the setup code ${setupCode()}`,
    );
  }
}
