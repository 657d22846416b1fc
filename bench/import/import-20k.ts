// `npm run bench:import`: a 20,000-row IMDb ratings export and a 20,000-entry Letterboxd diary,
// generated in the real formats, go through preview, commit and undo for a throwaway account;
// then hostile uploads (zip bombs, a line of a million columns) are parsed and must be refused.
// Each case runs in a child process of its own, which prints its time and peak memory (RSS).
import { spawnSync } from 'node:child_process';
import { db } from '../../lib/db/client';
import { openDatabase } from '../../lib/db/connect';
import { commitImport, undoImport } from '../../lib/import/commit';
import { parseImportFiles } from '../../lib/import/parse';
import { previewImport } from '../../lib/import/preview';
import type { ImportFile } from '../../lib/import/types';
import { latin1Bomb, wideCsv, zerosBomb } from '../../tests/helpers/bombs';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const TITLES = ['Amélie', 'Léon', 'Men in Black³', 'Das Boot', 'Crash, Again', '"Quoted" Film', 'Ōkami', 'Ça'];

const q = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
const day = (i: number) => new Date(Date.UTC(2005, 0, 1) + (i % 7000) * 86_400_000).toISOString().slice(0, 10);

function imdbRatings(): ImportFile {
  const lines = [
    'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors',
  ];
  for (let i = 0; i < ROWS; i++) {
    const id = `tt${String(9_100_000 + i).padStart(7, '0')}`;
    const title = `${TITLES[i % TITLES.length]} ${i}`;
    const year = 1950 + (i % 75);
    lines.push(
      [
        q(id),
        1 + (i % 10),
        q(day(i)),
        q(title),
        q(title),
        `https://www.imdb.com/title/${id}`,
        q('Movie'),
        `${(i % 90) / 10 + 1}`,
        90 + (i % 60),
        year,
        q('Drama, Comedy'),
        100 + i,
        q(`${year}-05-01`),
        q('Jane Doe, John Roe'),
      ].join(','),
    );
  }
  return { name: 'ratings-20k.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

function letterboxdDiary(): ImportFile {
  const lines = ['Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date'];
  for (let i = 0; i < ROWS; i++) {
    const name = `${TITLES[i % TITLES.length]} ${i % 5000}`;
    lines.push(
      [
        day(i),
        q(name),
        1950 + (i % 75),
        `https://boxd.it/x${i}`,
        ((i % 10) + 1) / 2,
        i % 7 ? '' : 'Yes',
        '',
        day(i + 3),
      ].join(','),
    );
  }
  return { name: 'diary.csv', bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) };
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const peak = () => process.resourceUsage().maxRSS;

/** Seconds of the timed steps of this process's case (building a case's input is not timed). */
let measured = 0;

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const seconds = (performance.now() - started) / 1000;
  measured += seconds;
  console.log(`  ${label.padEnd(22)} ${seconds.toFixed(2)} s   peak RSS so far ${mb(peak())}`);
  return result;
}

/** A 20,000-row export through preview, commit and undo. */
async function exportCase(file: ImportFile) {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const user = await db().user.create({ data: { username: `bench-import-${process.pid}`, passwordHash: 'unused' } });
  try {
    console.log(`${file.name} (${(file.bytes.length / 1e6).toFixed(1)} MB), ${ROWS} rows`);
    // The preview as an upload runs it: parse, match, classify, store.
    const preview = await timed('preview (all steps)', () => previewImport(user.id, [file]));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    console.log(`  counts ${JSON.stringify(preview.summary.counts)}`);
    const committed = await timed('commit', () => commitImport(user.id, preview.summary.batchId));
    if (!committed.ok) throw new Error(committed.message);
    await timed('undo', () => undoImport(user.id, preview.summary.batchId));
  } finally {
    await db().user.delete({ where: { id: user.id } });
    await db().$disconnect();
    await database.stop();
  }
}

/** A hostile upload: parsing must refuse it. */
async function hostileCase(label: string, build: () => Promise<ImportFile>) {
  const file = await build();
  console.log(`${label} (${(file.bytes.length / 1e6).toFixed(1)} MB uploaded)`);
  const parsed = await timed('parse (refused)', () => parseImportFiles([file]));
  if (parsed.ok || !('error' in parsed)) throw new Error(`${label} was not refused`);
  console.log(`  ${parsed.error.file}: ${parsed.error.message}`);
}

const CASES: Record<string, () => Promise<void>> = {
  'imdb-ratings': () => exportCase(imdbRatings()),
  letterboxd: () => exportCase(letterboxdDiary()),
  'zip: 1 GiB of zeros': () =>
    hostileCase('zip: 1 GiB of zeros in diary.csv', async () => ({ name: 'export.zip', bytes: await zerosBomb(1024) })),
  'zip: 3 × 1 GiB of zeros': () =>
    hostileCase('zip: three entries of 1 GiB of zeros', async () => ({
      name: 'export.zip',
      bytes: await zerosBomb(1024, 3),
    })),
  'zip: 600 MiB Windows-1252': () =>
    hostileCase('zip: diary.csv of 600 MiB, not UTF-8', async () => ({
      name: 'export.zip',
      bytes: await latin1Bomb(600),
    })),
  'csv: 1,000,000 columns': () =>
    hostileCase('csv: a line of 1,000,000 columns', async () => ({ name: 'wide.csv', bytes: wideCsv(1_000_000) })),
};

const TARGET_MB = 300;
const only = process.argv[2];
if (only) {
  await CASES[only]();
  // maxRSS (getrusage) is the kernel's high-water mark of this process: no peak between samples is missed.
  console.log(`RESULT ${measured.toFixed(2)} ${Math.round(peak() / 1024)}`);
} else {
  const table = [`${'case'.padEnd(28)} ${'time'.padStart(8)} ${'peak RSS'.padStart(9)}`];
  let over = false;
  for (const name of Object.keys(CASES)) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], name], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    const [, seconds, peakMb] = child.stdout.match(/^RESULT (\S+) (\d+)$/m) ?? [];
    process.stdout.write(child.stdout.replace(/^RESULT .*\n/m, ''));
    if (child.status !== 0 || !peakMb) throw new Error(`case ${name} failed (exit ${child.status})`);
    over ||= Number(peakMb) > TARGET_MB;
    table.push(`${name.padEnd(28)} ${`${seconds} s`.padStart(8)} ${`${peakMb} MB`.padStart(9)}`);
  }
  console.log(`\nEach case in a process of its own; target: peak RSS ≤ ${TARGET_MB} MB.\n${table.join('\n')}`);
  if (over) process.exitCode = 1;
}
