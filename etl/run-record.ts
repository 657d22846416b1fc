import type pg from 'pg';
import type { SourceFileState } from './source';

// The etl_runs and etl_file_states rows: what the status page shows and what the next
// run's conditional requests start from.

export interface FileProgress {
  dataset: string;
  status: 'waiting' | 'loading' | 'loaded' | 'unchanged' | 'failed';
  bytesRead: number;
  bytesTotal: number | null;
  rows: number;
  skipped: number;
  badLines: number;
  ms: number;
  message?: string;
}

export async function startRun(client: pg.Client, source: string, datasets: string[]): Promise<number> {
  // Under the ETL lock, a row still marked running belongs to a run that died.
  await client.query(
    `UPDATE etl_runs SET status = 'failed', finished_at = now(), error = 'interrupted (the process ended without finishing)'
     WHERE status = 'running'`,
  );
  const { rows } = await client.query<{ id: number }>(
    'INSERT INTO etl_runs (source, datasets, pid) VALUES ($1, $2, $3) RETURNING id',
    [source, datasets, process.pid],
  );
  return rows[0].id;
}

export async function recordProgress(client: pg.Client, runId: number, files: FileProgress[]): Promise<void> {
  await client.query('UPDATE etl_runs SET files = $2 WHERE id = $1', [runId, JSON.stringify(files)]);
}

export async function finishRun(
  client: pg.Client,
  runId: number,
  files: FileProgress[],
  error?: string,
): Promise<void> {
  await client.query('UPDATE etl_runs SET files = $2, status = $3, error = $4, finished_at = now() WHERE id = $1', [
    runId,
    JSON.stringify(files),
    error ? 'failed' : 'succeeded',
    error ?? null,
  ]);
}

export async function previousFileStates(client: pg.Client): Promise<Map<string, SourceFileState & { rows: number }>> {
  const { rows } = await client.query<{
    dataset: string;
    etag: string | null;
    last_modified: string | null;
    rows: string | null;
  }>('SELECT dataset, etag, last_modified, rows FROM etl_file_states');
  return new Map(
    rows.map((r) => [r.dataset, { etag: r.etag, lastModified: r.last_modified, rows: Number(r.rows ?? 0) }]),
  );
}

/**
 * Asks the app to rebuild every account's statistics and picks from the new tables (its
 * refresher runs requests made by other processes within a minute, or at its next start).
 */
export async function requestJournalRefreshes(client: pg.Client): Promise<void> {
  await client.query(`INSERT INTO journal_refreshes (user_id, reason) SELECT id, 'imdb' FROM users
    ON CONFLICT (user_id) DO UPDATE SET reason = EXCLUDED.reason, requested_at = now()`);
}

export async function saveFileState(
  client: pg.Client,
  dataset: string,
  state: SourceFileState,
  bytes: number,
  rows: number,
): Promise<void> {
  await client.query(
    `INSERT INTO etl_file_states (dataset, etag, last_modified, bytes, rows, loaded_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (dataset) DO UPDATE SET etag = $2, last_modified = $3, bytes = $4, rows = $5, loaded_at = now()`,
    [dataset, state.etag, state.lastModified, bytes, rows],
  );
}
