import pg from 'pg';
import { type EtlConfig, loadConfig } from './config';
import type { DatasetName } from './datasets';
import { endDeadRun, endOrphanedBackends, etlApplicationName } from './dead-run';
import { IdSet } from './id-set';
import type { LoadContext } from './load-file';
import { loadFinishAndSwap } from './pipeline';
import { progressView } from './progress';
import { ProgressRecorder } from './progress-recorder';
import { type FileProgress, finishRun, previousFileStates, startRun } from './run-record';
import { siblingClient } from './sibling';
import { resetStaging } from './tables';

export interface RunOptions {
  databaseUrl: string;
  source: string;
  datasets: DatasetName[];
  configPath?: string;
  force?: boolean;
  dryRun?: boolean;
  interactive?: boolean;
  /** First retry delay of the HTTP source (tests shorten it). */
  retryBaseMs?: number;
}

export interface RunSummary {
  ok: boolean;
  runId: number | null;
  files: FileProgress[];
  indexMs: number;
  swapMs: number;
  totalMs: number;
  peakRssMb: number;
  error?: string;
}

/** Any number of this app's processes agree on this key: one ETL run at a time. */
const ETL_LOCK = 72707370;

class EtlBusyError extends Error {}

export async function runEtl(options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const config = await loadConfig(options.configPath);
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: etlApplicationName() });
  await client.connect();
  client.on('error', () => undefined);
  const files: FileProgress[] = options.datasets.map((dataset) => ({
    dataset,
    status: 'waiting',
    bytesRead: 0,
    bytesTotal: null,
    rows: 0,
    skipped: 0,
    badLines: 0,
    ms: 0,
  }));
  const summary: RunSummary = { ok: false, runId: null, files, indexMs: 0, swapMs: 0, totalMs: 0, peakRssMb: 0 };
  // Progress goes through a connection of its own: the main one is busy with COPY.
  const recorder = new ProgressRecorder(options.databaseUrl);
  try {
    if (!(await takeLock(client))) {
      throw new EtlBusyError('another ETL run is in progress; this one stops without changing anything');
    }
    if (!options.dryRun) {
      await resetStaging(client);
      summary.runId = await startRun(client, options.source, options.datasets);
      await recorder.open(summary.runId);
    }
    await loadAll(client, options, config, summary, recorder);
    summary.ok = true;
  } catch (error) {
    summary.error = error instanceof Error ? error.message : String(error);
  } finally {
    summary.totalMs = Date.now() - started;
    summary.peakRssMb = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
    await recorder.close();
    if (summary.runId !== null) {
      if (!summary.ok) await resetStaging(client).catch(() => undefined);
      await finishRun(client, summary.runId, files, summary.error).catch(() => undefined);
    }
    await client.end().catch(() => undefined);
  }
  return summary;
}

const tryLock = async (client: pg.Client) =>
  (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [ETL_LOCK])).rows[0].ok;

/** The ETL lock, taken from a dead run if need be (startRun then marks that run failed). */
async function takeLock(client: pg.Client): Promise<boolean> {
  if (!(await tryLock(client))) {
    const dead = await endDeadRun(client, ETL_LOCK);
    if (dead === null) return false;
    console.error(`etl: ended the database work of an earlier run whose process (${dead}) is gone`);
    if (!(await tryLock(client))) return false;
  }
  for (const pid of await endOrphanedBackends(client)) {
    console.error(`etl: ended the leftover database work of an earlier run whose process (${pid}) is gone`);
  }
  return true;
}

async function loadAll(
  client: pg.Client,
  options: RunOptions,
  config: EtlConfig,
  summary: RunSummary,
  recorder: ProgressRecorder,
): Promise<void> {
  const view = progressView(options.interactive);
  const previous = await previousFileStates(client);
  const keptTitles = new IdSet();
  const keptPeople = new IdSet();
  const onProgress = (file: FileProgress) => {
    view.update(file);
    recorder.record(summary.files);
  };
  const ctx: LoadContext = {
    client,
    source: options.source,
    config,
    force: Boolean(options.force),
    dryRun: Boolean(options.dryRun),
    retryBaseMs: options.retryBaseMs,
    keptTitles,
    keptPeople,
    onProgress,
  };
  const helpers = options.dryRun
    ? null
    : { finish: siblingClient(client, 'finish'), derive: siblingClient(client, 'search') };
  try {
    await helpers?.finish.connect();
    await helpers?.derive.connect();
    await loadFinishAndSwap({ ctx, view, options, config, summary, previous, helpers });
  } finally {
    await helpers?.finish.end().catch(() => undefined);
    await helpers?.derive.end().catch(() => undefined);
  }
}
