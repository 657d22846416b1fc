import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS } from '../../etl/datasets';
import { type RunOptions, type RunSummary, runEtl } from '../../etl/run';
import { freshDatabase } from '../helpers/database';
import { REALDATA, readSample, TempDirs } from '../helpers/etl-data';
import {
  connect,
  copyRunning,
  etlConnected,
  etlRuns,
  fileStates,
  imdbSnapshot,
  journalSnapshot,
  leftoverTables,
  seedJournal,
  waitFor,
} from '../helpers/etl-db';
import { DatasetServer, spawnEtlCli } from '../helpers/etl-http';

// Failed, refused, killed and unchanged runs: the journal tables are never touched and the
// live imdb tables stay exactly as they were (same tables, same rows) unless a run succeeds.

const databaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;

const ETL_LOCK = 72707370;
/** Watched titles: three in the samples' title.basics, one in no IMDb file at all. */
const WATCHED = ['tt0000001', 'tt0001500', 'tt0002022', 'tt9999999'];
const sample = (name: string) => readFileSync(path.join(REALDATA, `${name}.tsv`));
const dirs = new TempDirs();
let client: pg.Client;

const options = (source: string, more: Partial<RunOptions> = {}): RunOptions => ({
  databaseUrl,
  source,
  datasets: [...DATASET_NAMES],
  configPath: path.resolve('etl/imdb.yml'),
  force: false,
  interactive: false,
  retryBaseMs: 10,
  ...more,
});
const statuses = (run: RunSummary) => run.files.map((f) => f.status);
const capture = async () => ({
  journal: await journalSnapshot(client),
  imdb: await imdbSnapshot(client),
  states: await fileStates(client),
});
let baseline: Awaited<ReturnType<typeof capture>>;

async function expectUntouched(): Promise<void> {
  expect(await capture()).toEqual(baseline);
  expect(await leftoverTables(client)).toEqual([]);
}

beforeAll(async () => {
  client = await connect(databaseUrl);
  await seedJournal(client, WATCHED);
  const journal = await journalSnapshot(client);
  const first = await runEtl(options(REALDATA));
  expect(first.error).toBeUndefined();
  baseline = await capture();
  expect(baseline.journal).toEqual(journal);
  // One table per dataset, plus the derived tables (search) built with them.
  for (const name of DATASET_NAMES) expect(Object.keys(baseline.imdb)).toContain(DATASETS[name].table);
});

afterAll(async () => {
  await client?.end();
  await dirs.removeAll();
});

describe('a run that cannot finish changes nothing', () => {
  it('refuses a second concurrent run with a clear message', async () => {
    const holder = await connect(databaseUrl);
    const runsBefore = await etlRuns(client);
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [ETL_LOCK]);
      const run = await runEtl(options(await dirs.source(), { force: true }));
      expect(run).toMatchObject({ ok: false, runId: null });
      expect(run.error).toBe('another ETL run is in progress; this one stops without changing anything');
    } finally {
      await holder.end();
    }
    expect(await etlRuns(client)).toEqual(runsBefore);
    await expectUntouched();
  });

  it('fails on a truncated .gz, naming the file, and swaps nothing', async () => {
    const gz = gzipSync(sample('title.ratings'));
    const truncated = gz.subarray(0, Math.floor(gz.length / 2));
    const source = await dirs.source({ 'title.ratings.tsv': null, 'title.ratings.tsv.gz': truncated });
    const run = await runEtl(options(source));
    expect(run.ok).toBe(false);
    expect(run.error).toMatch(/^title\.ratings\.tsv\.gz: the file is truncated or not valid gzip/);
    expect(statuses(run).slice(0, 3)).toEqual(['loaded', 'loaded', 'failed']);
    expect((await etlRuns(client)).at(-1)).toMatchObject({ id: run.runId, status: 'failed', error: run.error });
    await expectUntouched();
  });

  it('fails offline with "cannot reach"', async () => {
    const run = await runEtl(options('http://127.0.0.1:1/'));
    expect(run.ok).toBe(false);
    expect(run.error).toMatch(/^title\.basics\.tsv\.gz: cannot reach 127\.0\.0\.1:1 /);
    expect(statuses(run)).toEqual(['failed', ...DATASET_NAMES.slice(1).map(() => 'waiting')]);
    await expectUntouched();
  }, 60_000);
});

describe('a run stopped in the middle of loading', () => {
  let server: DatasetServer;
  let broken: Promise<RunSummary> | undefined;

  beforeAll(async () => {
    server = await DatasetServer.start();
    server.serve('title.basics', sample('title.basics'));
    // Half of title.akas at once, then a byte every 200 ms: the COPY stays open.
    server.serve('title.akas', sample('title.akas'), { trickle: true });
  });
  afterAll(() => server.close());

  it('killed with SIGKILL leaves live data alone; the next run marks it interrupted and cleans up', async () => {
    const cli = spawnEtlCli(['--source', server.url, '--datasets', 'title.basics,title.akas'], databaseUrl);
    try {
      const stopped = () => cli.child.exitCode !== null;
      await waitFor(async () => stopped() || (await copyRunning(client, 'title_akas')), 'the COPY into title_akas');
      expect(stopped(), cli.output()).toBe(false);
    } finally {
      cli.child.kill('SIGKILL');
    }
    expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await waitFor(async () => !(await etlConnected(client)), 'the killed run to disconnect');
    const killed = (await etlRuns(client)).at(-1);
    expect(killed).toMatchObject({ status: 'running', pid: cli.child.pid, finished_at: null });
    expect(await leftoverTables(client)).toEqual(['imdb_staging.title_basics']);
    expect(await capture()).toEqual(baseline);

    const next = await runEtl(options(REALDATA));
    expect(next.error).toBeUndefined();
    expect(statuses(next)).toEqual(DATASET_NAMES.map(() => 'unchanged'));
    const runs = await etlRuns(client);
    expect(runs.find((r) => r.id === killed?.id)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/interrupted/),
    });
    expect(runs.at(-1)).toMatchObject({ id: next.runId, status: 'succeeded' });
    await expectUntouched();
  }, 60_000);

  it('shows the file being loaded in etl_runs.files while its COPY runs', async () => {
    broken = runEtl(options(server.url, { datasets: ['title.akas'] }));
    try {
      await waitFor(() => copyRunning(client, 'title_akas'), 'the COPY into title_akas');
      const loading = async () =>
        Boolean(
          (await etlRuns(client)).at(-1)?.files.some((f) => f.dataset === 'title.akas' && f.status === 'loading'),
        );
      await waitFor(loading, 'etl_runs.files to show title.akas loading', 5_000);
    } finally {
      server.dropConnections();
    }
  });

  it('broken off by the server fails naming the file and changes nothing', async () => {
    const run = await broken;
    expect(run?.ok).toBe(false);
    expect(run?.error).toMatch(/^title\.akas\.tsv\.gz: the download broke off/);
    await expectUntouched();
  });
});

describe('the row-count guard', () => {
  it('refuses a title.basics with half the rows, accepts it forced, and leaves watches alone', async () => {
    const { header, lines } = readSample('title.basics');
    const half = lines.slice(0, Math.floor(lines.length / 2));
    const source = await dirs.source({ 'title.basics.tsv': `${[header, ...half].join('\n')}\n` });
    const refused = await runEtl(options(source));
    expect(refused.ok).toBe(false);
    expect(refused.error).toBe(
      `title.basics.tsv.gz: ${half.length} rows against ${lines.length} live; below minRowShare 0.9, so nothing was replaced (use --force to accept it)`,
    );
    await expectUntouched();

    const forced = await runEtl(options(source, { force: true }));
    expect(forced.error).toBeUndefined();
    expect(forced.files[0]).toMatchObject({ status: 'loaded', rows: half.length });
    // Watched titles the new load lacks: their watches and watchlist entries stay as they were.
    const { rows } = await client.query<{ tconst: string }>(
      `SELECT tconst FROM watches w WHERE NOT EXISTS (SELECT 1 FROM imdb.title_basics b WHERE b.tconst = w.tconst)
       ORDER BY tconst`,
    );
    expect(rows.map((r) => r.tconst)).toEqual(['tt0001500', 'tt0002022', 'tt9999999']);
    expect(await journalSnapshot(client)).toEqual(baseline.journal);
    expect(await leftoverTables(client)).toEqual([]);
  });
});

describe('the HTTP source', () => {
  let server: DatasetServer;

  beforeAll(async () => {
    server = await DatasetServer.start();
    for (const name of DATASET_NAMES) server.serve(name, sample(name));
  });
  afterAll(() => server.close());

  it('reports every file unchanged on 304 and reloads nothing', async () => {
    const first = await runEtl(options(server.url));
    expect(first.error).toBeUndefined();
    expect(statuses(first)).toEqual(DATASET_NAMES.map(() => 'loaded'));
    const before = await capture();
    server.requests.length = 0;

    const second = await runEtl(options(server.url));
    expect(second.error).toBeUndefined();
    expect(statuses(second)).toEqual(DATASET_NAMES.map(() => 'unchanged'));
    expect(server.requests).toEqual(
      DATASET_NAMES.map((name) => ({ file: `${name}.tsv.gz`, ifNoneMatch: '"v1"', status: 304 })),
    );
    expect(await capture()).toEqual(before);
    expect(before.journal).toEqual(baseline.journal);
  });

  it('retries a 500 and loads the file from the next answer', async () => {
    server.setEtag('title.basics', '"v2"');
    server.failNext('title.basics', 500);
    const before = await fileStates(client);
    const run = await runEtl(options(server.url));
    expect(run.error).toBeUndefined();
    expect(statuses(run)).toEqual(['loaded', ...DATASET_NAMES.slice(1).map(() => 'unchanged')]);
    expect(
      server
        .requestsFor('title.basics')
        .slice(-2)
        .map((r) => r.status),
    ).toEqual([500, 200]);
    const after = await fileStates(client);
    expect(after['title.basics'].etag).toBe('"v2"');
    expect(after['title.basics'].loaded_at).not.toEqual(before['title.basics'].loaded_at);
    expect(after['title.ratings']).toEqual(before['title.ratings']);
    expect(await journalSnapshot(client)).toEqual(baseline.journal);
  });
});
