import { databaseUrlFromEnv, embeddedPostgresDir } from './config';
import { type RunningDatabase, startEmbeddedPostgres } from './embedded';
import { migrate } from './migrate';

/**
 * The database for a process that is not the Next.js server (start script, ETL, CLI):
 * DATABASE_URL when set, otherwise the embedded cluster; migrations applied either way.
 */
export async function openDatabase(): Promise<RunningDatabase> {
  const url = databaseUrlFromEnv();
  const db = url
    ? { url, stop: async () => undefined, startedHere: false }
    : await startEmbeddedPostgres(embeddedPostgresDir());
  try {
    await migrate(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}
