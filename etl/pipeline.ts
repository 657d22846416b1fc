import type pg from 'pg';
import type { EtlConfig } from './config';
import { DATASETS, type Dataset, type DatasetName } from './datasets';
import { buildDerivedTables } from './derived';
import { SEARCH_SOURCES } from './derived-search';
import { TableFinisher } from './finisher';
import type { IdSet } from './id-set';
import { addLiveIds } from './live-ids';
import { type LoadContext, loadDataset } from './load-file';
import type { progressView } from './progress';
import { type FileProgress, type previousFileStates, requestJournalRefreshes, saveFileState } from './run-record';
import type { SourceFileState } from './source';
import { type FinishedTable, swapIn } from './tables';

// The run's database work on three connections: the main one streams the files into their
// staging tables one after the other; `finish` gives each loaded table its key and indexes
// meanwhile; `derive` builds the search tables as soon as their sources are finished, while the
// remaining files still load. Then everything is swapped in at once.

interface Pipeline {
  ctx: LoadContext;
  view: ReturnType<typeof progressView>;
  options: { force?: boolean; dryRun?: boolean };
  config: EtlConfig;
  summary: { files: FileProgress[]; indexMs: number; swapMs: number };
  previous: Awaited<ReturnType<typeof previousFileStates>>;
  /** Null for a dry run, which loads nothing. */
  helpers: { finish: pg.Client; derive: pg.Client } | null;
}

interface Loaded {
  ds: Dataset;
  state: SourceFileState;
  file: FileProgress;
}

export async function loadFinishAndSwap(p: Pipeline): Promise<void> {
  const finisher = p.helpers ? new TableFinisher(p.helpers.finish) : null;
  const loaded: Loaded[] = [];
  const requested = p.summary.files.map((f) => f.dataset as DatasetName);
  const done = new Set<DatasetName>();
  let deriving: Promise<string[]> | null = null;
  const startDeriving = () => {
    if (deriving || !finisher || !p.helpers) return;
    if (!SEARCH_SOURCES.every((n) => done.has(n) || !requested.includes(n))) return;
    const client = p.helpers.derive;
    const names = loaded.map((l) => l.ds.name);
    deriving = finisher.whenFinished(SEARCH_SOURCES).then(() => buildDerivedTables(client, names));
    // Awaited below; a failure must not count as unhandled while the other files load.
    deriving.catch(() => undefined);
  };
  let loadError: unknown = null;
  try {
    for (const file of p.summary.files) {
      const ds = DATASETS[file.dataset as DatasetName];
      const state = await loadOne(p, ds, file, loaded);
      if (state) {
        loaded.push({ ds, state, file });
        finisher?.add(ds);
      }
      done.add(ds.name);
      startDeriving();
    }
  } catch (error) {
    loadError = error;
  } finally {
    p.view.stop();
  }
  const loadEnd = Date.now();
  // Nothing may still run on the other connections when the caller resets the staging schema.
  const [finished, derived] = await settledPair(
    finisher?.all() ?? Promise.resolve(new Map<DatasetName, FinishedTable>()),
    deriving ?? Promise.resolve([]),
  ).catch((error: unknown) => {
    throw loadError ?? error;
  });
  if (loadError !== null) throw loadError;
  if (p.options.dryRun || loaded.length === 0) return;
  // What the indexes and search tables took beyond the loading they overlap.
  p.summary.indexMs = Date.now() - loadEnd;
  checkRowCounts(p, loaded, finished);
  const swapStart = Date.now();
  const { client } = p.ctx;
  await swapIn(client, [...loaded.map((l) => l.ds.table), ...derived], p.config.lockTimeoutSeconds, async () => {
    for (const { ds, state, file } of loaded) await saveFileState(client, ds.name, state, file.bytesRead, file.rows);
    await requestJournalRefreshes(client);
  });
  p.summary.swapMs = Date.now() - swapStart;
}

async function loadOne(p: Pipeline, ds: Dataset, file: FileProgress, loaded: Loaded[]) {
  const { ctx } = p;
  await keepIdsFromLiveTables(
    ctx.client,
    ds,
    loaded.map((l) => l.ds.name),
    ctx.keptTitles,
    ctx.keptPeople,
  );
  try {
    return await loadDataset(ctx, ds, p.options.force ? null : (p.previous.get(ds.name) ?? null), file);
  } catch (error) {
    file.status = 'failed';
    file.message = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    p.view.done(file);
  }
}

/** A table much smaller than the live one (a truncated download) is refused unless --force. */
function checkRowCounts(p: Pipeline, loaded: Loaded[], finished: Map<DatasetName, FinishedTable>): void {
  for (const { ds, file } of loaded) {
    const table = finished.get(ds.name) as FinishedTable;
    file.rows = table.rows;
    file.skipped += table.duplicatesRemoved;
    const before = p.previous.get(ds.name)?.rows ?? 0;
    if (!p.options.force && table.rows < p.config.minRowShare * before) {
      throw new Error(
        `${ds.file}: ${table.rows} rows against ${before} live; below minRowShare ${p.config.minRowShare}, so nothing was replaced (use --force to accept it)`,
      );
    }
  }
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
