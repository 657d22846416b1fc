// `npm run bench:journal`: server time of logging a viewing (the log sheet's Save) with 5,000
// viewings already in the journal: the session check plus createWatch, as the server action
// runs them. A plain `SELECT 1` round trip is timed alongside as the noise baseline.
import path from 'node:path';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { createSession, validateSession } from '../../lib/auth/sessions';
import { createUser } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { createWatch } from '../../lib/journal/watch-writes';
import { createBenchDatabase } from '../etl/database';

const EXISTING = 5000;
const RUNS = 300;
const WARMUP = 30;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 0.5), p95: percentile(s, 0.95), p99: percentile(s, 0.99) };
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const database = await createBenchDatabase();
try {
  process.env.DATABASE_URL = database.url;
  const loaded = await runEtl({
    databaseUrl: database.url,
    source: path.resolve('etl/sample'),
    datasets: [...DATASET_NAMES],
    force: true,
    interactive: false,
  });
  if (!loaded.ok) throw new Error(`loading the sample failed: ${loaded.error}`);
  const created = await createUser('bench', 'a long enough passphrase');
  if (!created.ok) throw new Error('could not create the bench user');
  const userId = created.user.id;
  await db().$executeRaw`
    INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
    SELECT ${userId}, b.tconst, DATE '2014-01-01' + (g % 4000), 'day', (1 + g % 19) / 2.0, now()
    FROM generate_series(1, ${EXISTING}) g
    JOIN LATERAL (SELECT tconst FROM imdb.title_basics ORDER BY tconst OFFSET (g % 1999) LIMIT 1) b ON true`;
  const { token } = await createSession(userId, 'bench');
  const tconsts = (await db().$queryRaw<{ tconst: string }[]>`SELECT tconst FROM imdb.title_basics LIMIT 100`).map(
    (r) => r.tconst,
  );
  const add: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const input = { tconst: tconsts[i % tconsts.length], watchedOn: '2026-11-25', grade: '7.5', rewatch: false };
    const ms = await timed(async () => {
      const user = await validateSession(token);
      if (!user) throw new Error('session lost');
      const result = await createWatch(user.id, input);
      if (!result.ok) throw new Error(`createWatch failed: ${JSON.stringify(result)}`);
    });
    const base = await timed(() => db().$queryRaw`SELECT 1`);
    if (i >= WARMUP) {
      add.push(ms);
      baseline.push(base);
    }
  }
  const a = summary(add);
  const b = summary(baseline);
  const fmt = (n: number) => n.toFixed(2).padStart(7);
  console.log(
    `Logging a viewing with ${EXISTING.toLocaleString('en')} viewings in the journal (${RUNS} runs, ${database.server})`,
  );
  console.log(`                     p50 ms   p95 ms   p99 ms`);
  console.log(`session + createWatch ${fmt(a.p50)}  ${fmt(a.p95)}  ${fmt(a.p99)}`);
  console.log(`SELECT 1 (baseline)   ${fmt(b.p50)}  ${fmt(b.p95)}  ${fmt(b.p99)}`);
  console.log(
    `ratio at p95: ${(a.p95 / b.p95).toFixed(1)}× a bare round trip; target p95 ≤ 50 ms: ${a.p95 <= 50 ? 'met' : 'missed'}`,
  );
} finally {
  await db().$disconnect();
  await database.close(false);
}
