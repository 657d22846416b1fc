// `npm run bench:stats`: server time of the statistics with a 5,000-viewing journal — the
// dashboard's figures for all time and for one year, and a year in review — as p50/p95 over
// repeated runs. `--reuse` measures the database of DATABASE_URL as it is (e.g. one loaded with
// the full-size synthetic IMDb data), in a bench user of its own that is deleted afterwards;
// without it, a throwaway database with the bundled IMDb sample. IMDb tables are only read.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { DATASET_NAMES } from '../../etl/datasets';
import { runEtl } from '../../etl/run';
import { db } from '../../lib/db/client';
import { databaseUrlFromEnv } from '../../lib/db/config';
import { migrate } from '../../lib/db/migrate';
import { getDashboard } from '../../lib/stats/dashboard';
import { yearRange } from '../../lib/stats/range';
import { refreshStats } from '../../lib/stats/refresh';
import { getYearReview } from '../../lib/stats/year-review';
import { createBenchDatabase } from '../etl/database';
import { percentiles } from '../etl/search-stats';
import { seedSyntheticJournal } from './journal';

const HELP = `Usage: npm run bench:stats -- [--reuse] [--viewings N] [--runs N] [--keep]

  --reuse        measure the database of DATABASE_URL (its IMDb tables loaded; the app's pending
                 migrations are applied); a bench user is created there for the run and deleted
                 afterwards
  --viewings N   viewings in the synthetic journal (default 5000)
  --runs N       measured runs of each page (default 30, after 3 warm-up runs)
  --keep         keep the throwaway database (without --reuse)
`;

const args = z.object({
  reuse: z.boolean(),
  keep: z.boolean(),
  viewings: z.coerce.number().int().min(1).max(100_000),
  runs: z.coerce.number().int().min(1).max(1000),
});

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** p50/p95 of `fn` after 3 warm-up runs; `before` (not timed) runs ahead of each. */
async function measure(name: string, runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    await before?.();
    const took = await timed(fn);
    if (i >= 3) ms.push(took);
  }
  const p = percentiles(ms);
  console.log(
    `${name.padEnd(30)} p50 ${p.p50.toFixed(1).padStart(7)} ms   p95 ${p.p95.toFixed(1).padStart(7)} ms   max ${p.max.toFixed(1).padStart(7)} ms`,
  );
  return p;
}

function vacuumFacts(client: pg.Client) {
  return client.query('VACUUM ANALYZE stats_viewings, stats_credits, stats_people, stats_states');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      viewings: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '30' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(
      `${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${HELP}`,
    );
    return 2;
  }
  const options = parsed.data;
  const reused = options.reuse ? databaseUrlFromEnv() : null;
  if (options.reuse && !reused) {
    process.stderr.write('--reuse measures the database of DATABASE_URL: set it.\n');
    return 2;
  }
  const database = reused ? null : await createBenchDatabase();
  const url = reused ?? (database?.url as string);
  process.env.DATABASE_URL = url;
  const client = new pg.Client({ connectionString: url, application_name: 'journal-bench-stats' });
  await client.connect();
  let userId: number | null = null;
  try {
    // The app's own migrations (as at every start): the statistics need their tables.
    if (reused) await migrate(url);
    if (database) {
      const loaded = await runEtl({
        databaseUrl: url,
        source: path.resolve('etl/sample'),
        datasets: [...DATASET_NAMES],
        force: true,
        interactive: false,
      });
      if (!loaded.ok) throw new Error(`loading the sample failed: ${loaded.error}`);
    }
    const name = `stats-bench-${process.pid}-${Date.now()}`;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO users (username, password_hash, updated_at) VALUES ($1, 'scrypt$unused', now()) RETURNING id`,
      [name],
    );
    userId = rows[0].id;
    const seeded = performance.now();
    await seedSyntheticJournal(client, userId, options.viewings);
    await client.query('ANALYZE watches');
    const { rows: info } = await client.query<{ n: number; titles: number; y: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT tconst)::int AS titles,
         (SELECT extract(year FROM watched_on)::int FROM watches WHERE user_id = $1 AND watched_on IS NOT NULL
          GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1) AS y
       FROM watches WHERE user_id = $1`,
      [userId],
    );
    const { n, titles, y } = info[0];
    const { rows: size } = await client.query<{ principals: string }>(
      `SELECT coalesce((SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('imdb.title_principals')), 0)::text AS principals`,
    );
    console.log(
      `${database ? 'Throwaway database with the bundled sample' : 'DATABASE_URL'}: imdb.title_principals ≈ ${Number(size[0].principals).toLocaleString('en')} rows`,
    );
    console.log(
      `Journal: ${n} viewings of ${titles} titles (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s); year measured: ${y}; ${options.runs} runs each`,
    );
    const uid = userId;
    // The first look rebuilds the facts (and counts the shown people's films); later ones read them.
    const firstLook = await timed(() => getDashboard(uid, { from: null, to: null, kind: 'all' }));
    console.log(`first look (facts built, people's films counted): ${firstLook.toFixed(0)} ms`);
    // The steady state autovacuum keeps: without it, the rows of every earlier run (and of the
    // first build) would stay behind as dead rows that each scan reads again.
    await vacuumFacts(client);
    const all = { from: null, to: null, kind: 'all' } as const;
    const films = { from: null, to: null, kind: 'films' } as const;
    console.log('Computed (every figure queried; the result cache bypassed):');
    const results = {
      allTime: await measure('dashboard, all time', options.runs, () => getDashboard(uid, all, { fresh: true })),
      year: await measure(`dashboard, ${y}`, options.runs, () => getDashboard(uid, yearRange(y), { fresh: true })),
      films: await measure('dashboard, all time, films', options.runs, () => getDashboard(uid, films, { fresh: true })),
      review: await measure(`year in review, ${y}`, options.runs, () => getYearReview(uid, y, 'all', { fresh: true })),
    };
    console.log('Served (nothing changed since the last look: fingerprint check, then the cached figures):');
    const served = {
      allTime: await measure('dashboard, all time', options.runs, () => getDashboard(uid, all)),
      year: await measure(`dashboard, ${y}`, options.runs, () => getDashboard(uid, yearRange(y))),
      review: await measure(`year in review, ${y}`, options.runs, () => getYearReview(uid, y)),
    };
    console.log('After one change to the journal (the facts brought up to date, then every figure computed):');
    const look = () => getDashboard(uid, all);
    let edits = 0;
    const logOne = () =>
      client.query(
        `INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, rewatch, updated_at)
         SELECT user_id, tconst, current_date, 'day', 7, true, now() FROM watches WHERE user_id = $1 LIMIT 1`,
        [uid],
      );
    const editOne = () =>
      client.query(
        `UPDATE watches SET grade = CASE WHEN grade = 7 THEN 8 ELSE 7 END, updated_at = now()
         WHERE id = (SELECT id FROM watches WHERE user_id = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
        [uid, (edits++ * 97) % n],
      );
    await measure('first look after logging one', options.runs, look, logOne);
    await measure('after editing one grade', options.runs, look, editOne);
    await measure('  of which facts brought up to date', options.runs, () => refreshStats(uid), editOne);
    const worstServed = Math.max(...Object.values(served).map((r) => r.p95));
    console.log(`Served: worst p95 ${worstServed.toFixed(1)} ms`);
    const worst = Math.max(...Object.values(results).map((r) => r.p95));
    console.log(`Computed: target p95 ≤ 200 ms ${worst <= 200 ? 'met' : 'NOT met'} (worst p95 ${worst.toFixed(1)} ms)`);
    return 0;
  } finally {
    if (userId !== null) {
      await client.query('DELETE FROM users WHERE id = $1', [userId]);
      await vacuumFacts(client);
    }
    await client.end();
    await db().$disconnect();
    if (database) console.log(await database.close(options.keep));
  }
}

process.exitCode = await main();
