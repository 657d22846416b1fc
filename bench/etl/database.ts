import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { databaseUrlFromEnv } from '../../lib/db/config';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { migrate } from '../../lib/db/migrate';

// A throwaway database for one bench run: on the server DATABASE_URL names, or, without it, in
// an embedded PostgreSQL cluster in a temporary directory. Migrated like the app's own.

export interface BenchDatabase {
  name: string;
  url: string;
  /** Where the database lives, for the report. */
  server: 'DATABASE_URL' | 'embedded';
  /** Drops the database (or stops the embedded cluster and deletes it), unless `keep`. */
  close(keep: boolean): Promise<string>;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'journal-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `journal_bench_${randomBytes(4).toString('hex')}`;
  const base = databaseUrlFromEnv();
  if (base) {
    await withClient(base, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
    const url = withDatabase(base, name);
    await migrate(url);
    return {
      name,
      url,
      server: 'DATABASE_URL',
      close: async (keep) => {
        if (keep) return `kept database ${name} (DROP DATABASE ${name} when done)`;
        await withClient(base, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
        return `dropped database ${name}`;
      },
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'journal-bench-'));
  // initdb runs as the OS user postgres when we are root: it must be able to enter the directory.
  if (process.getuid?.() === 0) await chmod(dir, 0o755);
  const cluster = await startEmbeddedPostgres(path.join(dir, 'pg'), name);
  await migrate(cluster.url);
  return {
    name,
    url: cluster.url,
    server: 'embedded',
    close: async (keep) => {
      await cluster.stop();
      if (keep) return `stopped the embedded cluster; its data directory is kept in ${dir}`;
      await rm(dir, { recursive: true, force: true });
      return 'stopped and deleted the embedded cluster';
    },
  };
}

export interface DatabaseSizes {
  /** pg_total_relation_size of each table in schema imdb (indexes and TOAST included). */
  tables: Record<string, number>;
  imdbBytes: number;
  databaseBytes: number;
}

export async function databaseSizes(url: string): Promise<DatabaseSizes> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ name: string; bytes: string }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'imdb' AND c.relkind IN ('r', 'p', 'm')
        ORDER BY 2 DESC`,
    );
    const db = await c.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    const tables = Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
    return {
      tables,
      imdbBytes: Object.values(tables).reduce((a, b) => a + b, 0),
      databaseBytes: Number(db.rows[0].bytes),
    };
  });
}

/** Flushes dirty pages so one phase's writes are not paid for during the next (superuser only). */
export async function checkpoint(url: string): Promise<void> {
  await withClient(url, (c) => c.query('CHECKPOINT')).catch(() => undefined);
}
