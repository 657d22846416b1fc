import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../etl/datasets';
import { withClient } from './database';

// The floor: what plain `gunzip -c FILE | psql -c "\copy …"` achieves on this machine, into
// bare, unindexed, logged tables whose columns are all text. Nothing can load faster through
// COPY; the ETL's throughput divided by this is its efficiency.

export interface FloorResult {
  dataset: DatasetName;
  table: string;
  rows: number;
  ms: number;
  bytes: number;
}

const COPY_OPTIONS = "(FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', NULL '\\N', HEADER true)";

/** Fails with a readable message when psql or gunzip is missing. */
export function checkFloorTools(): void {
  for (const [tool, hint] of [
    ['psql', 'install the PostgreSQL client (apt-get install postgresql-client)'],
    ['gunzip', 'install gzip'],
  ]) {
    const r = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if (r.error || r.status !== 0)
      throw new Error(`${tool} is needed for the floor measurement: ${hint}, or pass --skip-floor.`);
  }
}

function copyFile(url: string, file: string, table: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const gunzip = spawn('gunzip', ['-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const psql = spawn(
      'psql',
      [url, '-X', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} FROM STDIN WITH ${COPY_OPTIONS}`],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    gunzip.stdout.pipe(psql.stdin);
    let out = '';
    let err = '';
    psql.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    psql.stderr.on('data', (d: Buffer) => {
      err += d;
    });
    let gunzipCode: number | null = null;
    gunzip.on('close', (code) => {
      gunzipCode = code;
    });
    gunzip.on('error', reject);
    psql.on('error', reject);
    psql.on('close', (code) => {
      const rows = /COPY (\d+)/.exec(out);
      if (code !== 0 || !rows)
        reject(new Error(`psql \\copy into ${table} failed (exit ${code}): ${err.trim() || out.trim()}`));
      else if (gunzipCode !== null && gunzipCode !== 0)
        reject(new Error(`gunzip -c ${file} failed (exit ${gunzipCode})`));
      else resolve(Number(rows[1]));
    });
  });
}

export async function measureFloor(
  url: string,
  dir: string,
  keepTables: boolean,
  onFile?: (r: FloorResult) => void,
): Promise<FloorResult[]> {
  const results: FloorResult[] = [];
  for (const dataset of DATASET_NAMES) {
    const d = DATASETS[dataset];
    const table = `floor_${d.table}`;
    const columns = d.columns.map((c) => `${c.name} text`).join(', ');
    await withClient(url, (c) => c.query(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (${columns})`));
    const started = performance.now();
    const rows = await copyFile(url, path.join(dir, d.file), table);
    const ms = performance.now() - started;
    const bytes = await withClient(url, async (c) => {
      const { rows: r } = await c.query<{ b: string }>('SELECT pg_total_relation_size($1::regclass) AS b', [table]);
      if (!keepTables) await c.query(`DROP TABLE ${table}`);
      return Number(r[0].b);
    });
    const result = { dataset, table, rows, ms, bytes };
    results.push(result);
    onFile?.(result);
  }
  return results;
}
