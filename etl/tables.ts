import type pg from 'pg';
import type { Column, Dataset } from './datasets';

// All SQL the ETL runs against the IMDb tables. Identifiers come from datasets.ts, never
// from input. Loads go to schema imdb_staging; the swap moves them into imdb in one
// transaction and the tables they replace into imdb_old, dropped after the commit.

const LIVE = 'imdb';
const STAGING = 'imdb_staging';
const OLD = 'imdb_old';

const PG_TYPES: Record<Column['type'], string> = {
  text: 'text',
  integer: 'integer',
  decimal: 'numeric(3,1)',
  boolean: 'boolean',
  'text[]': 'text[]',
};

const q = (name: string) => `"${name}"`;
const cols = (ds: Dataset) => ds.columns.map((c) => q(c.name)).join(', ');

/** Removes what a crashed run left behind. Run under the ETL lock only. */
export async function resetStaging(client: pg.Client): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${OLD} CASCADE`);
  await client.query(`DROP SCHEMA IF EXISTS ${STAGING} CASCADE`);
  await client.query(`CREATE SCHEMA ${STAGING}`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${LIVE}`);
}

export function createStagingTableSql(ds: Dataset): string {
  const columns = ds.columns.map((c) => `${q(c.name)} ${PG_TYPES[c.type]}`).join(', ');
  return `CREATE TABLE ${STAGING}.${q(ds.table)} (${columns})`;
}

/**
 * CSV with a quote character that never occurs in the data (the filter rejects it): every
 * byte reaches the table as it is, backslashes and double quotes included; `\N` is NULL.
 */
export function copySql(ds: Dataset): string {
  return `COPY ${STAGING}.${q(ds.table)} (${cols(ds)}) FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', NULL '\\N')`;
}

export interface FinishedTable {
  duplicatesRemoved: number;
  rows: number;
}

/** Primary key (after removing repeated keys, if any), secondary indexes and statistics. */
export async function finishStagingTable(client: pg.Client, ds: Dataset): Promise<FinishedTable> {
  const table = `${STAGING}.${q(ds.table)}`;
  const key = ds.primaryKey.map(q).join(', ');
  const addKey = `ALTER TABLE ${table} ADD CONSTRAINT ${q(`${ds.table}_pkey`)} PRIMARY KEY (${key})`;
  let duplicatesRemoved = 0;
  try {
    await client.query(addKey);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '23502') throw error;
    // IMDb files repeat a few keys; keep the first occurrence of each.
    const nulls = ds.primaryKey.map((c) => `t.${q(c)} IS NULL`).join(' OR ');
    const removed = await client.query(
      `DELETE FROM ${table} t USING (
         SELECT ctid, row_number() OVER (PARTITION BY ${key} ORDER BY ctid) AS n FROM ${table}
       ) d WHERE t.ctid = d.ctid AND (d.n > 1 OR ${nulls})`,
    );
    duplicatesRemoved = removed.rowCount ?? 0;
    await client.query(addKey);
  }
  for (const [suffix, definition] of ds.indexes) {
    await client.query(`CREATE INDEX ${q(`${ds.table}_${suffix}_idx`)} ON ${table} ${definition}`);
  }
  // VACUUM also sets the visibility map, without which no index-only scan skips the table.
  await client.query(`VACUUM (ANALYZE) ${table}`);
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return { duplicatesRemoved, rows: Number(rows[0].n) };
}

/** Replaces the live `tables` by their staging copies, all at once. */
export async function swapIn(
  client: pg.Client,
  tables: string[],
  lockTimeoutSeconds: number,
  alsoInTransaction: () => Promise<void>,
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = '${Math.floor(lockTimeoutSeconds)}s'`);
    await client.query(`CREATE SCHEMA ${OLD}`);
    for (const table of tables) {
      await client.query(`ALTER TABLE IF EXISTS ${LIVE}.${q(table)} SET SCHEMA ${OLD}`);
      await client.query(`ALTER TABLE ${STAGING}.${q(table)} SET SCHEMA ${LIVE}`);
    }
    await alsoInTransaction();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query(`DROP SCHEMA ${OLD} CASCADE`);
  await client.query(`DROP SCHEMA IF EXISTS ${STAGING} CASCADE`);
}

/** Streams the ids of a live table's column (or of the elements of array columns) as text lines. */
export function liveIdsSql(table: string, columns: string[], arrays: boolean): string {
  const expr = arrays ? `unnest(${columns.map(q).join(' || ')})` : q(columns[0]);
  return `COPY (SELECT ${expr} FROM ${LIVE}.${q(table)}) TO STDOUT`;
}

export async function liveTableExists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${LIVE}.${table}`]);
  return rows[0].t !== null;
}
