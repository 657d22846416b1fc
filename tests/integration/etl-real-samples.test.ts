import { stat } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../etl/datasets';
import { type RunSummary, runEtl } from '../../etl/run';
import { freshDatabase } from '../helpers/database';
import { expectedKept, REALDATA, readSample, type Tsv } from '../helpers/etl-data';
import { compareTable, connect, etlRuns, fileStates, imdbSnapshot, leftoverTables } from '../helpers/etl-db';

// Loads the real IMDb samples (../shared/realdata/imdb, the directory source: NAME.tsv)
// and checks every kept row against the raw file, field by field.

const databaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;

const samples = Object.fromEntries(DATASET_NAMES.map((name) => [name, readSample(name)])) as Record<DatasetName, Tsv>;
const expected = expectedKept(
  Object.fromEntries(DATASET_NAMES.map((name) => [name, samples[name].rows])) as Record<DatasetName, string[][]>,
);
const options = {
  databaseUrl,
  source: REALDATA,
  datasets: [...DATASET_NAMES],
  configPath: path.resolve('etl/imdb.yml'),
  force: false,
  interactive: false,
};

let client: pg.Client;
let summary: RunSummary;

beforeAll(async () => {
  client = await connect(databaseUrl);
  summary = await runEtl(options);
});

afterAll(async () => {
  await client?.end();
});

describe('the real samples', () => {
  it('have the headers and shapes the loader expects', () => {
    for (const name of DATASET_NAMES) {
      expect(samples[name].header).toBe(DATASETS[name].columns.map((c) => c.header).join('\t'));
      const widths = new Set(samples[name].rows.map((r) => r.length));
      expect([...widths]).toEqual([DATASETS[name].columns.length]);
    }
    // Independent anchors for the expectations: only movie and short rows in the basics sample,
    // and no episode of the sample is a kept title.
    expect(expected['title.basics']).toHaveLength(1999);
    expect(expected['title.episode']).toHaveLength(0);
    expect(expected['title.ratings'].length).toBeGreaterThan(0);
    expect(expected['name.basics'].length).toBeGreaterThan(0);
  });

  it('load in one successful run', () => {
    expect(summary.error).toBeUndefined();
    expect(summary.ok).toBe(true);
    expect(summary.files.map((f) => [f.dataset, f.status, f.rows, f.badLines])).toEqual(
      DATASET_NAMES.map((name) => [name, 'loaded', expected[name].length, 0]),
    );
  });

  it.each(DATASET_NAMES)('%s: every kept row round-trips byte for byte', async (name) => {
    expect(await compareTable(client, DATASETS[name], expected[name])).toEqual([]);
  });

  it('keeps no title of a dropped type and no row of a dropped title', async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM imdb.title_basics WHERE title_type IN ('tvEpisode', 'videoGame'))
            + (SELECT count(*) FROM imdb.title_ratings r WHERE NOT EXISTS (SELECT 1 FROM imdb.title_basics b WHERE b.tconst = r.tconst))
            + (SELECT count(*) FROM imdb.title_principals p WHERE NOT EXISTS (SELECT 1 FROM imdb.title_basics b WHERE b.tconst = p.tconst))
            AS n`,
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('records the run in etl_runs', async () => {
    const runs = await etlRuns(client);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({ id: summary.runId, status: 'succeeded', error: null, source: REALDATA });
    expect(run.datasets).toEqual([...DATASET_NAMES]);
    expect(run.finished_at).toBeInstanceOf(Date);
    expect(run.files.map((f) => [f.dataset, f.status, f.rows])).toEqual(
      DATASET_NAMES.map((name) => [name, 'loaded', expected[name].length]),
    );
    expect(await leftoverTables(client)).toEqual([]);
  });

  it('records each file in etl_file_states', async () => {
    const states = await fileStates(client);
    expect(Object.keys(states).sort()).toEqual([...DATASET_NAMES].sort());
    for (const name of DATASET_NAMES) {
      const size = (await stat(path.join(REALDATA, `${name}.tsv`))).size;
      expect(states[name]).toMatchObject({ bytes: String(size), rows: String(expected[name].length) });
      expect(states[name].etag).toEqual(expect.any(String));
      expect(states[name].loaded_at).toBeInstanceOf(Date);
    }
  });

  it('are not reloaded by a second run while the files are unchanged', async () => {
    const tables = await imdbSnapshot(client);
    const states = await fileStates(client);
    const again = await runEtl(options);
    expect(again.ok).toBe(true);
    expect(again.files.map((f) => f.status)).toEqual(DATASET_NAMES.map(() => 'unchanged'));
    expect(await imdbSnapshot(client)).toEqual(tables);
    expect(await fileStates(client)).toEqual(states);
    expect((await etlRuns(client)).map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
  });
});
