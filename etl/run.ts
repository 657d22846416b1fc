import pg from 'pg';
import { type EtlConfig, loadConfig } from './config';
import { DATASETS, type Dataset, type DatasetName } from './datasets';
import { endDeadRun, etlApplicationName } from './dead-run';
import { buildDerivedTables } from './derived';
import { SEARCH_SOURCES } from './derived-search';
import { TableFinisher } from './finisher';
import { IdSet } from './id-set';
import { addLiveIds } from './live-ids';
import { type LoadContext, loadDataset } from './load-file';
import { progressView } from './progress';
import { ProgressRecorder } from './progress-recorder';
import { type FileProgress, finishRun, previousFileStates, saveFileState, startRun } from './run-record';
import { siblingClient } from './sibling';
import type { SourceFileState } from './source';
import { type FinishedTable, resetStaging, swapIn } from './tables';

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
  const finisher = options.dryRun ? null : siblingClient(client, 'finish');
  try {
    await finisher?.connect();
    await loadAndFinish({ ctx, view, options, config, summary, previous }, finisher);
  } finally {
    await finisher?.end().catch(() => undefined);
  }
}

interface Loading {
  ctx: LoadContext;
  view: ReturnType<typeof progressView>;
  options: RunOptions;
  config: EtlConfig;
  summary: RunSummary;
  previous: Awaited<ReturnType<typeof previousFileStates>>;
}

async function loadAndFinish(
  { ctx, view, options, config, summary, previous }: Loading,
  finisherClient: pg.Client | null,
): Promise<void> {
  const { client, keptTitles, keptPeople } = ctx;
  const finisher = finisherClient ? new TableFinisher(finisherClient) : null;
  const loaded: { ds: Dataset; state: SourceFileState; file: FileProgress }[] = [];
  let loadError: unknown = null;
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
        if (state) {
          loaded.push({ ds, state, file });
          finisher?.add(ds);
        }
      } catch (error) {
        file.status = 'failed';
        file.message = error instanceof Error ? error.message : String(error);
        throw error;
      } finally {
        view.done(file);
      }
    }
  } catch (error) {
    loadError = error;
  } finally {
    view.stop();
  }
  // Nothing may still run on the finisher's connection when the caller resets the staging schema.
  const finishing = finisher?.all() ?? Promise.resolve(new Map());
  if (loadError !== null) {
    await finishing.catch(() => undefined);
    throw loadError;
  }
  if (options.dryRun || loaded.length === 0 || !finisher) return;
  const indexStart = Date.now();
  const names = loaded.map((l) => l.ds.name);
  // The search tables read the staging copies of their sources, so those must be finished first;
  // the finisher goes on with the other tables meanwhile.
  const [finished, derived] = await settledPair(
    finishing,
    finisher.whenFinished(SEARCH_SOURCES).then(() => buildDerivedTables(client, names)),
  );
  for (const { ds, file } of loaded) {
    const table = finished.get(ds.name) as FinishedTable;
    file.rows = table.rows;
    file.skipped += table.duplicatesRemoved;
    const before = previous.get(ds.name)?.rows ?? 0;
    if (!options.force && table.rows < config.minRowShare * before) {
      throw new Error(
        `${ds.file}: ${table.rows} rows against ${before} live; below minRowShare ${config.minRowShare}, so nothing was replaced (use --force to accept it)`,
      );
    }
  }
  summary.indexMs = Date.now() - indexStart;
  const swapStart = Date.now();
  await swapIn(client, [...loaded.map((l) => l.ds.table), ...derived], config.lockTimeoutSeconds, async () => {
    for (const { ds, state, file } of loaded) await saveFileState(client, ds.name, state, file.bytesRead, file.rows);
  });
  summary.swapMs = Date.now() - swapStart;
}

/** Both values once both have settled (neither is left running), or the first failure. */
async function settledPair<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
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
