// `npm run bench:import`: a 20,000-row IMDb ratings export and a 20,000-entry Letterboxd diary,
// generated in the real formats, go through preview, commit and undo for a throwaway account;
// prints the time of each step and the process's peak memory (RSS).
import { db } from '../../db/client';
import { openDatabase } from '../../db/connect';
import { commitImport, undoImport } from '../commit';
import { parseImportFiles } from '../parse';
import { previewImport } from '../preview';
import type { ImportFile } from '../types';

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

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(
    `  ${label.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2)} s   peak RSS so far ${mb(peak())}`,
  );
  return result;
}

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
const user = await db().user.create({ data: { username: `bench-import-${process.pid}`, passwordHash: 'unused' } });
try {
  console.log(`bench:import — ${ROWS} rows per file; process RSS at start ${mb(peak())}`);
  for (const file of [imdbRatings(), letterboxdDiary()]) {
    console.log(`${file.name} (${(file.bytes.length / 1e6).toFixed(1)} MB)`);
    // Parsing alone (the records are let go before the preview parses the file again).
    await timed('parse', async () => {
      const parsed = await parseImportFiles([file]);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    });
    const preview = await timed('preview (all steps)', () => previewImport(user.id, [file]));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    console.log(`  counts ${JSON.stringify(preview.summary.counts)}`);
    const committed = await timed('commit', () => commitImport(user.id, preview.summary.batchId));
    if (!committed.ok) throw new Error(committed.message);
    await timed('undo', () => undoImport(user.id, preview.summary.batchId));
  }
  console.log(`peak RSS of the whole run: ${mb(peak())}`);
} finally {
  await db().user.delete({ where: { id: user.id } });
  await db().$disconnect();
  await database.stop();
}
