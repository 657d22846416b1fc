import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Column, Dataset } from '../../etl/datasets';
import type { Rows } from './etl-data';

// Database-side helpers for the ETL tests: reading the loaded tables back and comparing them
// with the raw fields, and snapshots of everything a failed run must leave alone.

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'etl-test' });
  await client.connect();
  return client;
}

/** Why a stored value is not the raw field it came from, or undefined when it is. */
function fieldProblem(column: Column, raw: string, value: unknown, bytes: unknown): string | undefined {
  const problem = `stored ${JSON.stringify(value)}, the file has ${JSON.stringify(raw)}`;
  if (raw === '\\N') return value === null ? undefined : problem;
  switch (column.type) {
    case 'text':
      if (value !== raw) return problem;
      return Buffer.isBuffer(bytes) && bytes.equals(Buffer.from(raw, 'utf8')) ? undefined : `bytes differ: ${problem}`;
    case 'integer':
      return value === Number(raw) ? undefined : problem;
    case 'boolean':
      return value === (raw === '1') ? undefined : problem;
    case 'decimal':
      return typeof value === 'string' && Number(value) === Number(raw) ? undefined : problem;
    case 'text[]': {
      const want = raw === '' ? [] : raw.split(',');
      return JSON.stringify(value) === JSON.stringify(want) ? undefined : problem;
    }
  }
}

/**
 * Compares the live table of `ds` with the raw rows it should hold, field by field (text
 * columns also as UTF-8 bytes read from the database); returns the differences.
 */
export async function compareTable(client: pg.Client, ds: Dataset, expected: Rows): Promise<string[]> {
  const select = ds.columns
    .map((c) =>
      c.type === 'text' ? `"${c.name}", convert_to("${c.name}", 'UTF8') AS "${c.name}#bytes"` : `"${c.name}"`,
    )
    .join(', ');
  const { rows } = await client.query<Record<string, unknown>>(`SELECT ${select} FROM imdb."${ds.table}"`);
  const keyColumns = ds.primaryKey.map((k) => ds.columns.findIndex((c) => c.name === k));
  const stored = new Map(rows.map((row) => [ds.primaryKey.map((k) => String(row[k])).join('\t'), row]));
  const problems: string[] = [];
  if (rows.length !== expected.length) problems.push(`${ds.name}: ${rows.length} rows, expected ${expected.length}`);
  for (const raw of expected) {
    const key = keyColumns.map((i) => raw[i]).join('\t');
    const row = stored.get(key);
    if (!row) {
      problems.push(`${ds.name} ${key}: missing`);
      continue;
    }
    ds.columns.forEach((column, i) => {
      const problem = fieldProblem(column, raw[i], row[column.name], row[`${column.name}#bytes`]);
      if (problem) problems.push(`${ds.name} ${key} ${column.name}: ${problem}`);
    });
  }
  return problems;
}

const JOURNAL_TABLES = ['users', 'sessions', 'api_tokens', 'import_batches', 'watches', 'watchlist'] as const;

/** A user with a session, a token, an import batch, watches of `tconsts` and watchlist entries. */
export async function seedJournal(client: pg.Client, tconsts: string[]): Promise<void> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO users (username, password_hash, updated_at) VALUES ('etl-viewer', 'scrypt$not-a-hash', now()) RETURNING id`,
  );
  const user = rows[0].id;
  await client.query(
    `INSERT INTO sessions (id, user_id, expires_at, user_agent) VALUES ('s-etl', $1, now() + interval '1 day', 'test')`,
    [user],
  );
  await client.query(
    `INSERT INTO api_tokens (user_id, label, token_hash, prefix) VALUES ($1, 'etl', 'hash-etl', 'mmj_')`,
    [user],
  );
  const batch = await client.query<{ id: number }>(
    `INSERT INTO import_batches (user_id, source, file_name, rows_total) VALUES ($1, 'letterboxd', 'diary.csv', $2) RETURNING id`,
    [user, tconsts.length],
  );
  for (const [i, tconst] of tconsts.entries()) {
    await client.query(
      `INSERT INTO watches (user_id, tconst, watched_on, grade, review, tags, import_batch_id, updated_at)
       VALUES ($1, $2, date '2024-03-01' + $3::int, 7.5, $4, ARRAY['etl', 'x"y'], $5, now())`,
      [user, tconst, i, `Review ${i} with "quotes" and a \\ backslash`, batch.rows[0].id],
    );
    await client.query(`INSERT INTO watchlist (user_id, tconst, note) VALUES ($1, $2, $3)`, [
      user,
      tconst,
      `note ${i}`,
    ]);
  }
}

/** Every journal table as JSON text, rows in a fixed order. */
export async function journalSnapshot(client: pg.Client): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of JOURNAL_TABLES) {
    const { rows } = await client.query<{ j: string }>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS j FROM "${table}" t`,
    );
    snapshot[table] = rows[0].j;
  }
  return snapshot;
}

/**
 * Each live imdb table: its identity (oid: a swap replaces it), row count and a hash of
 * its rows. `withOids: false` compares contents only.
 */
export async function imdbSnapshot(client: pg.Client, withOids = true): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'imdb' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const snapshot: Record<string, string> = {};
  for (const t of tables) {
    const { rows } = await client.query<{ n: number; h: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM imdb."${t.name}" t`,
    );
    snapshot[t.name] = `${withOids ? `oid ${t.oid}, ` : ''}${rows[0].n} rows, md5 ${rows[0].h}`;
  }
  return snapshot;
}

/** Tables left in the staging or old schemas (none after a finished run). */
export async function leftoverTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ t: string }>(
    `SELECT n.nspname || '.' || c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('imdb_staging', 'imdb_old') AND c.relkind = 'r' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

export interface EtlRunRow {
  id: number;
  status: string;
  source: string;
  datasets: string[];
  files: { dataset: string; status: string; rows: number; badLines: number; message?: string }[];
  error: string | null;
  pid: number | null;
  finished_at: Date | null;
}

export async function etlRuns(client: pg.Client): Promise<EtlRunRow[]> {
  return (await client.query<EtlRunRow>('SELECT * FROM etl_runs ORDER BY id')).rows;
}

export async function fileStates(client: pg.Client): Promise<Record<string, Record<string, unknown>>> {
  const { rows } = await client.query<{ dataset: string }>('SELECT * FROM etl_file_states ORDER BY dataset');
  return Object.fromEntries(rows.map((r) => [r.dataset, r]));
}

/** Whether a COPY into the staging table `table` is running right now. */
export async function copyRunning(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1`, [
    `COPY imdb_staging."${table}"%`,
  ]);
  return rows.length > 0;
}

/** Whether any ETL connection is still open (a killed run's backend takes a moment to go). */
export async function etlConnected(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM pg_stat_activity WHERE application_name LIKE 'journal-etl:%'`);
  return rows.length > 0;
}

/** Polls `probe` until it returns true; fails naming `what` after `timeoutMs`. */
export async function waitFor(probe: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
