import pg from 'pg';
import { type EtlConfig, loadConfig } from './config';
import { DATASETS, type Dataset, type DatasetName } from './datasets';
import { endDeadRun, etlApplicationName } from './dead-run';
import { buildDerivedTables } from './derived';
import { IdSet } from './id-set';
import { addLiveIds } from './live-ids';
import { loadDataset } from './load-file';
import { progressView } from './progress';
import { ProgressRecorder } from './progress-recorder';
import { type FileProgress, finishRun, previousFileStates, saveFileState, startRun } from './run-record';
import type { SourceFileState } from './source';
import { finishStagingTable, resetStaging, swapIn } from './tables';

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
  if (await tryLock(client)) return true;
  const dead = await endDeadRun(client, ETL_LOCK);
  if (dead === null) return false;
  console.error(`etl: ended the database work of an earlier run whose process (${dead}) is gone`);
  return tryLock(client);
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
  const loaded: { ds: Dataset; state: SourceFileState; file: FileProgress }[] = [];
  const onProgress = (file: FileProgress) => {
    view.update(file);
    recorder.record(summary.files);
  };
  const ctx = {
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
  try {
    for (const file of summary.files) {
      const ds = DATASETS[file.dataset as DatasetName];
      await keepIdsFromLiveTables(
        client,
        ds,
        loaded.map((l) => l.ds.name),
        keptTitles,
        keptPeople,
      );
      try {
        const state = await loadDataset(ctx, ds, options.force ? null : (previous.get(ds.name) ?? null), file);
        if (state) loaded.push({ ds, state, file });
      } catch (error) {
        file.status = 'failed';
        file.message = error instanceof Error ? error.message : String(error);
        throw error;
      } finally {
        view.done(file);
      }
    }
  } finally {
    view.stop();
  }
  if (options.dryRun || loaded.length === 0) return;
  const indexStart = Date.now();
  for (const { ds, file } of loaded) {
    const finished = await finishStagingTable(client, ds);
    file.rows = finished.rows;
    file.skipped += finished.duplicatesRemoved;
    const before = previous.get(ds.name)?.rows ?? 0;
    if (!options.force && finished.rows < config.minRowShare * before) {
      throw new Error(
        `${ds.file}: ${finished.rows} rows against ${before} live; below minRowShare ${config.minRowShare}, so nothing was replaced (use --force to accept it)`,
      );
    }
  }
  const derived = await buildDerivedTables(
    client,
    loaded.map((l) => l.ds.name),
  );
  summary.indexMs = Date.now() - indexStart;
  const swapStart = Date.now();
  await swapIn(client, [...loaded.map((l) => l.ds.table), ...derived], config.lockTimeoutSeconds, async () => {
    for (const { ds, state, file } of loaded) await saveFileState(client, ds.name, state, file.bytesRead, file.rows);
  });
  summary.swapMs = Date.now() - swapStart;
}

/**
 * The files that belong to titles need the kept title ids; name.basics needs the people the
 * kept rows name. When this run does not reload the file that decides them, take them
 * from the live tables.
 */
async function keepIdsFromLiveTables(
  client: pg.Client,
  ds: Dataset,
  loadedNow: DatasetName[],
  keptTitles: IdSet,
  keptPeople: IdSet,
): Promise<void> {
  if (ds.filter.kind === 'kept-title' && !loadedNow.includes('title.basics') && keptTitles.size === 0) {
    await addLiveIds(client, keptTitles, 'title_basics', ['tconst']);
  }
  if (ds.filter.kind === 'kept-person') {
    if (!loadedNow.includes('title.principals')) await addLiveIds(client, keptPeople, 'title_principals', ['nconst']);
    if (!loadedNow.includes('title.crew'))
      await addLiveIds(client, keptPeople, 'title_crew', ['directors', 'writers'], true);
  }
}
