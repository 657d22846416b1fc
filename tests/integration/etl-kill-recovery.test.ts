import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../../etl/datasets';
import { type RunOptions, runEtl } from '../../etl/run';
import { freshDatabase } from '../helpers/database';
import { REALDATA } from '../helpers/etl-data';
import { connect, etlRuns, waitFor } from '../helpers/etl-db';
import { spawnEtlCli } from '../helpers/etl-http';

// A run killed while it builds the search tables leaves its CREATE TABLE running on the server
// (on the side connection that builds them; the ETL lock, held by the main connection, may go
// or stay with it): the next run was refused, or waited forever to clear the staging schema.
// The next run now ends a dead run's backends and proceeds.

const databaseUrl = await freshDatabase();
const options = (more: Partial<RunOptions>): RunOptions => ({
  databaseUrl,
  source: REALDATA,
  datasets: [...DATASET_NAMES],
  configPath: path.resolve('etl/imdb.yml'),
  interactive: false,
  ...more,
});
let client: pg.Client;
let blocker: pg.Client;

const backendsOf = async (pid: number) =>
  (
    await client.query<{ query: string }>(`SELECT query FROM pg_stat_activity WHERE application_name LIKE $1`, [
      `journal-etl%:${pid}@%`,
    ])
  ).rows;

beforeAll(async () => {
  client = await connect(databaseUrl);
  blocker = await connect(databaseUrl);
  expect((await runEtl(options({}))).error).toBeUndefined();
});

afterAll(async () => {
  await blocker?.end();
  await client?.end();
});

describe('a run killed mid-derive', () => {
  it('is ended by the next run, which then succeeds', async () => {
    // Reloading title.basics alone makes the derive step read the live title_ratings; holding
    // a lock on it keeps the killed run's CREATE TABLE waiting on the server, as a long one would.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE imdb.title_ratings IN ACCESS EXCLUSIVE MODE');
    const cli = spawnEtlCli(['--source', REALDATA, '--datasets', 'title.basics', '--force'], databaseUrl);
    const pid = cli.child.pid ?? 0;
    try {
      const deriving = async () =>
        cli.child.exitCode !== null ||
        (await backendsOf(pid)).some((b) => b.query.startsWith('CREATE TABLE imdb_staging.title_search'));
      await waitFor(deriving, 'the search table build');
      expect(cli.child.exitCode, cli.output()).toBeNull();
    } finally {
      cli.child.kill('SIGKILL');
    }
    expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The killed process's statement is still on the server.
    expect((await backendsOf(pid)).length).toBeGreaterThan(0);

    const next = await runEtl(options({ datasets: ['title.crew'], force: true }));
    expect(next.error).toBeUndefined();
    expect(next.ok).toBe(true);
    expect(await backendsOf(pid)).toEqual([]);
    const runs = await etlRuns(client);
    expect(runs.find((r) => r.pid === pid)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/interrupted/),
    });
    expect(runs.at(-1)).toMatchObject({ id: next.runId, status: 'succeeded' });
    await blocker.query('ROLLBACK');
  }, 60_000);

  it('still refuses a run while the holder of the lock is alive', async () => {
    const holder = await connect(databaseUrl);
    try {
      await holder.query('SELECT pg_advisory_lock(72707370)');
      const run = await runEtl(options({ datasets: ['title.crew'], force: true }));
      expect(run.error).toMatch(/another ETL run is in progress/);
    } finally {
      await holder.end();
    }
  });
});
