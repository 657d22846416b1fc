import pg from 'pg';
import { appDatabaseUrl } from './client';

/**
 * Runs `fn` in a transaction on a connection of its own, for bulk writes that should not go
 * through Prisma: its debug log keeps the arguments of the last hundred queries, which for
 * bulk inserts are megabytes of rows held long after they were written.
 */
export async function inPgTransaction<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: appDatabaseUrl(), application_name: 'journal-bulk' });
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
