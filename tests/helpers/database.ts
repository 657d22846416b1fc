import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { migrate } from '../../lib/db/migrate';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database for the calling test file, dropped after it. With
 * `migrated` (the default) every migration has been applied. Call it at the top level of
 * the file (`process.env.DATABASE_URL = await freshDatabase()`): an `afterAll` registered
 * from inside a hook never runs, and the database would be left behind.
 */
export async function freshDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  const name = `journal_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  afterAll(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  if (options.migrated !== false) await migrate(url);
  return url;
}
