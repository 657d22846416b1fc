import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunOptions, runEtl } from '../../etl/run';
import { freshDatabase } from '../helpers/database';
import { N, TempDirs, tsvLine } from '../helpers/etl-data';

// The bad-line rule was a share alone (0.1 %): 3 malformed lines in a 1,999-line file failed
// the run. It is now an absolute count or the share, whichever is larger, and --force accepts
// more, with the bad lines reported either way.

const databaseUrl = await freshDatabase();
const dirs = new TempDirs();
const HEADER = tsvLine(
  'tconst',
  'titleType',
  'primaryTitle',
  'originalTitle',
  'isAdult',
  'startYear',
  'endYear',
  'runtimeMinutes',
  'genres',
);
const movie = (i: number) =>
  tsvLine(`tt${9000000 + i}`, 'movie', `Film ${i}`, `Film ${i}`, '0', '2001', N, '90', 'Drama');
const sevenFields = (i: number) => tsvLine(`tt${8000000 + i}`, 'movie', 'Short', 'Short', '0', '2001', N);

/** A title.basics of `lines` lines (the header included) with `bad` malformed ones spread through it. */
async function basics(lines: number, bad: number): Promise<string> {
  const rows = Array.from({ length: lines - 1 }, (_, i) => movie(i));
  const step = Math.floor(rows.length / bad);
  for (let k = 0; k < bad; k++) rows[5 + k * step] = sevenFields(k);
  const dir = await dirs.make('etl-bad-lines-');
  await writeFile(path.join(dir, 'title.basics.tsv'), `${[HEADER, ...rows].join('\n')}\n`);
  return dir;
}

const run = (source: string, more: Partial<RunOptions> = {}) =>
  runEtl({
    databaseUrl,
    source,
    datasets: ['title.basics'],
    configPath: path.resolve('etl/imdb.yml'),
    interactive: false,
    ...more,
  });

afterAll(() => dirs.removeAll());

describe('malformed lines', () => {
  it('3 in a 1,999-line file are skipped and reported, and the run succeeds', async () => {
    const summary = await run(await basics(1999, 3));
    expect(summary.error).toBeUndefined();
    expect(summary.ok).toBe(true);
    expect(summary.files[0]).toMatchObject({ status: 'loaded', badLines: 3, rows: 1995 });
    expect(summary.files[0].message).toMatch(/^skipped 3 malformed line\(s\): line \d+: /);
  });

  it('over the allowance fail the file, naming the limits and --force', async () => {
    const summary = await run(await basics(1999, 150));
    expect(summary.ok).toBe(false);
    expect(summary.error).toMatch(/150 of \d+ lines are malformed, more than the 100 allowed .*--force/);
  });

  it('over the allowance are accepted by --force, and still reported', async () => {
    const summary = await run(await basics(1999, 150), { force: true });
    expect(summary.error).toBeUndefined();
    expect(summary.ok).toBe(true);
    expect(summary.files[0]).toMatchObject({ status: 'loaded', badLines: 150, rows: 1848 });
    expect(summary.files[0].message).toMatch(
      /^skipped 150 malformed line\(s\) \(over the 100 allowed, accepted by --force\): line \d+: /,
    );
  });
});
