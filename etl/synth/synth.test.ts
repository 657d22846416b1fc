import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../datasets';
import { writeDataset } from './generate';

// The synthetic files must read exactly like IMDb's: headers, field counts, \N, LF, ids.

const SCALE = 0.0005;
let dir: string;
const lines: Partial<Record<DatasetName, string[]>> = {};

async function read(d: string, dataset: DatasetName): Promise<string> {
  return gunzipSync(await readFile(path.join(d, DATASETS[dataset].file))).toString('utf8');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'journal-synth-'));
  for (const dataset of DATASET_NAMES) {
    const result = await writeDataset(dataset, SCALE, 7, dir, 1);
    const text = await read(dir, dataset);
    expect(text.endsWith('\n')).toBe(true);
    lines[dataset] = text.slice(0, -1).split('\n');
    expect(lines[dataset]?.length).toBe(result.rows + 1);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('etl:synth files', () => {
  it('have the headers and field counts that etl/datasets.ts expects, with LF only', () => {
    for (const dataset of DATASET_NAMES) {
      const [header, ...rows] = lines[dataset] ?? [];
      expect(header).toBe(DATASETS[dataset].columns.map((c) => c.header).join('\t'));
      const width = DATASETS[dataset].columns.length;
      for (const row of rows) {
        expect(row.split('\t').length, `${dataset}: ${row}`).toBe(width);
        expect(row.includes('\r')).toBe(false);
      }
    }
  });

  it('write ids the IMDb way and numbers or \\N in numeric columns', () => {
    for (const row of (lines['title.basics'] ?? []).slice(1)) {
      const [id, , , , adult, start] = row.split('\t');
      expect(id).toMatch(/^tt\d{7,}$/);
      expect(adult).toMatch(/^[01]$/);
      expect(start).toMatch(/^(\d{4}|\\N)$/);
    }
    for (const row of (lines['title.ratings'] ?? []).slice(1)) {
      const [, rating, votes] = row.split('\t');
      expect(rating).toMatch(/^(10|[1-9])\.\d$/);
      expect(Number(votes)).toBeGreaterThanOrEqual(5);
    }
    for (const row of (lines['name.basics'] ?? []).slice(1)) expect(row).toMatch(/^nm\d{7,}\t/);
  });

  it('keep the files consistent: episodes point at series, ratings at titles', () => {
    const types = new Map((lines['title.basics'] ?? []).slice(1).map((r) => r.split('\t', 2) as [string, string]));
    for (const row of (lines['title.episode'] ?? []).slice(1)) {
      const [id, parent] = row.split('\t');
      expect(types.get(id)).toBe('tvEpisode');
      expect(['tvSeries', 'tvMiniSeries']).toContain(types.get(parent));
    }
    for (const row of (lines['title.ratings'] ?? []).slice(1)) expect(types.has(row.split('\t')[0])).toBe(true);
  });

  it('repeat a few ids, as the real files do', () => {
    const ids = (lines['title.basics'] ?? []).slice(1).map((r) => r.split('\t')[0]);
    expect(new Set(ids).size).toBeLessThan(ids.length);
  });

  it('are the same for the same seed', async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), 'journal-synth-'));
    try {
      await writeDataset('title.principals', SCALE, 7, again, 1);
      expect(await read(again, 'title.principals')).toBe(`${(lines['title.principals'] ?? []).join('\n')}\n`);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
