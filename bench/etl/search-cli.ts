import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DATASETS } from '../../etl/datasets';
import { SEARCH_TABLES } from '../../etl/derived-search';
import { runEtl } from '../../etl/run';
import { defaultSynthDir, generate, summaryLine } from '../../etl/synth/generate';
import { prismaFor } from '../../lib/db/client';
import { databaseUrlFromEnv } from '../../lib/db/config';
import { searchTitlesTimed } from '../../lib/search/search';
import { type BenchDatabase, createBenchDatabase } from './database';
import { type BenchQuery, type LabelKind, labelledQueries, latencyQueries, type QueryKind } from './search-queries';
import { ms, type Percentiles, percentiles, type RankFigures, rankFigures } from './search-stats';

/** The datasets the search reads (principals and episodes are not needed for it). */
const SEARCH_DATASETS = ['title.basics', 'title.akas', 'title.ratings', 'title.crew', 'name.basics'];

const HELP = `Usage: npm run bench:search -- [--scale F] [--dir DIR] [--reuse] [options]

Measures the local title search (lib/search):
  1. latency: a database holding synthetic IMDb data at scale F (npm run etl:synth) —
     a throwaway database journal_bench_<random> loaded with
     \`node --import tsx etl/cli.ts --source DIR --force --datasets ${SEARCH_DATASETS.join(',')}\`,
     or with --reuse the database of DATABASE_URL as it is; then a fixed set of ≥ 200 queries
     (exact, prefix, typo, accents dropped, non-Latin, with a year, 1–2 characters, very
     common words, inner words, with filters) made from its titles and fixed lists; one
     warm-up pass, then --runs passes; p50/p95/p99 of the SQL statement alone (timed around
     $queryRaw) and of the whole searchTitles call, per kind and overall;
  2. ranking: a throwaway database loaded with the real IMDb samples (--realdata); queries made
     from sample titles (accents dropped, one typo, a prefix, an aka), labelled with the title
     they were made from; mean reciprocal rank, hit@1, hit@10.

  --scale F        fraction of the real IMDb sizes (needed unless --reuse), e.g. 0.1 or 1
  --dir DIR        where the synthetic files are or go (default tmp/synth-F)
  --reuse          measure the database of DATABASE_URL (it must hold the search tables)
  --keep           keep the throwaway databases
  --runs N         measured passes over the latency set (default 3)
  --seed N         seed of the query sets (default 1)
  --realdata DIR   the real IMDb samples (default ../shared/realdata/imdb)
  --skip-latency   only the ranking
  --skip-mrr       only the latency
  --misses         also list the labelled queries whose title did not come first
  --json           print the figures as one JSON object (progress goes to stderr)
  -h, --help       this text
`;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface LatencyResult {
  database: string;
  queries: number;
  runs: number;
  sql: Percentiles;
  total: Percentiles;
  byKind: Record<string, { queries: number; sql: Percentiles; total: Percentiles }>;
  slowest: { kind: QueryKind; query: string; totalMs: number }[];
  tables: Record<string, { rows: number; bytes: number }>;
  load?: { wallMs: number; searchTables: string | null; exitCode: number | null };
}

interface RankResult {
  overall: RankFigures;
  byKind: Record<LabelKind, RankFigures>;
  misses: { kind: LabelKind; query: string; tconst: string; got: string | null }[];
}

/** Runs the ETL as a child process; returns its wall time and the search tables' line. */
function loadWithEtl(url: string, dir: string, log: (s: string) => void) {
  return new Promise<{ wallMs: number; searchTables: string | null; exitCode: number | null }>((resolve, reject) => {
    const started = Date.now();
    const args = ['--import', 'tsx', 'etl/cli.ts', '--source', dir, '--force', '--datasets', SEARCH_DATASETS.join(',')];
    log(`Loading: node ${args.join(' ')}`);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let searchTables: string | null = null;
    let tail = '';
    const onErr = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-20_000);
      for (const line of tail.split(/[\r\n]/)) if (line.startsWith('search tables:')) searchTables = line;
    };
    child.stderr.on('data', onErr);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(`  ${line}`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`the ETL failed (exit ${code}): ${tail.split('\n').slice(-5).join(' ')}`));
        return;
      }
      resolve({ wallMs: Date.now() - started, searchTables, exitCode: code });
    });
  });
}

async function tableFigures(client: pg.Client): Promise<LatencyResult['tables']> {
  const { rows } = await client.query<{ name: string; rows: number; bytes: string }>(
    `SELECT c.relname AS name, c.reltuples::bigint::int AS rows, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'imdb' AND c.relname = ANY($1::text[])`,
    [[...SEARCH_TABLES]],
  );
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, bytes: Number(r.bytes) }]));
}

async function measureLatency(
  url: string,
  runs: number,
  seed: number,
  log: (s: string) => void,
): Promise<Omit<LatencyResult, 'database' | 'load'>> {
  const client = new pg.Client({ connectionString: url, application_name: 'journal-bench-search' });
  await client.connect();
  let queries: BenchQuery[];
  let tables: LatencyResult['tables'];
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT to_regclass('imdb.title_search') IS NOT NULL AS ok`);
    if (!rows[0].ok) throw new Error('this database has no imdb.title_search: load the IMDb data with the ETL first');
    queries = await latencyQueries(client, seed);
    tables = await tableFigures(client);
  } finally {
    await client.end();
  }
  log(`${queries.length} queries; one warm-up pass, then ${runs} measured passes`);
  const prisma = prismaFor(url);
  const sql: number[] = [];
  const total: number[] = [];
  const kinds = new Map<QueryKind, { sql: number[]; total: number[]; queries: number }>();
  const slow: { kind: QueryKind; query: string; totalMs: number }[] = [];
  for (const q of queries) await searchTitlesTimed(q.query, { ...q.options, limit: 20 }, prisma);
  for (let run = 0; run < runs; run++) {
    for (const q of queries) {
      const t = await searchTitlesTimed(q.query, { ...q.options, limit: 20 }, prisma);
      sql.push(t.sqlMs);
      total.push(t.totalMs);
      const k = kinds.get(q.kind) ?? { sql: [], total: [], queries: 0 };
      k.sql.push(t.sqlMs);
      k.total.push(t.totalMs);
      if (run === 0) k.queries++;
      kinds.set(q.kind, k);
      slow.push({ kind: q.kind, query: q.query, totalMs: t.totalMs });
    }
    log(`  pass ${run + 1}: p95 ${ms(percentiles(total.slice(-queries.length)).p95)} ms`);
  }
  await prisma.$disconnect();
  return {
    queries: queries.length,
    runs,
    sql: percentiles(sql),
    total: percentiles(total),
    byKind: Object.fromEntries(
      [...kinds].map(([kind, v]) => [
        kind,
        { queries: v.queries, sql: percentiles(v.sql), total: percentiles(v.total) },
      ]),
    ),
    slowest: slow.sort((a, b) => b.totalMs - a.totalMs).slice(0, 8),
    tables,
  };
}

async function measureRanking(
  url: string,
  realdata: string,
  seed: number,
  log: (s: string) => void,
): Promise<RankResult> {
  log(`Loading the real samples from ${realdata}`);
  const summary = await runEtl({
    databaseUrl: url,
    source: realdata,
    datasets: Object.keys(DATASETS) as (keyof typeof DATASETS)[],
    configPath: path.join(ROOT, 'etl', 'imdb.yml'),
    force: true,
    interactive: false,
  });
  if (!summary.ok) throw new Error(`loading the real samples failed: ${summary.error}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const labelled = await labelledQueries(client, seed).finally(() => client.end());
  const prisma = prismaFor(url);
  const ranks = new Map<LabelKind, (number | null)[]>();
  const all: (number | null)[] = [];
  const misses: RankResult['misses'] = [];
  for (const q of labelled) {
    const { results } = await searchTitlesTimed(q.query, { limit: 20 }, prisma);
    const at = results.findIndex((r) => r.tconst === q.tconst);
    const rank = at < 0 ? null : at + 1;
    all.push(rank);
    ranks.set(q.kind, [...(ranks.get(q.kind) ?? []), rank]);
    if (rank !== 1) misses.push({ kind: q.kind, query: q.query, tconst: q.tconst, got: results[0]?.tconst ?? null });
  }
  await prisma.$disconnect();
  log(`${labelled.length} labelled queries`);
  return {
    overall: rankFigures(all),
    byKind: Object.fromEntries([...ranks].map(([k, r]) => [k, rankFigures(r)])) as Record<LabelKind, RankFigures>,
    misses,
  };
}

function render(latency: LatencyResult | null, ranking: RankResult | null): string {
  const lines: string[] = [];
  if (latency) {
    lines.push(`Latency on ${latency.database}: ${latency.queries} queries × ${latency.runs} passes (ms)`);
    lines.push(
      `${'kind'.padEnd(16)} ${'n'.padStart(4)}   ${'SQL p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}   ${'call p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`,
    );
    const row = (name: string, n: number, s: Percentiles, t: Percentiles) =>
      `${name.padEnd(16)} ${String(n).padStart(4)}   ${ms(s.p50).padStart(8)} ${ms(s.p95).padStart(7)} ${ms(s.p99).padStart(7)}   ${ms(t.p50).padStart(8)} ${ms(t.p95).padStart(7)} ${ms(t.p99).padStart(7)} ${ms(t.max).padStart(7)}`;
    for (const [kind, v] of Object.entries(latency.byKind)) lines.push(row(kind, v.queries, v.sql, v.total));
    lines.push(row('all', latency.queries, latency.sql, latency.total));
    lines.push('Slowest calls:');
    for (const s of latency.slowest)
      lines.push(`  ${ms(s.totalMs).padStart(7)} ms  ${s.kind.padEnd(16)} ${JSON.stringify(s.query)}`);
    lines.push('Search tables:');
    for (const [name, t] of Object.entries(latency.tables)) {
      lines.push(
        `  ${name.padEnd(22)} ${t.rows.toLocaleString('en-US').padStart(12)} rows ${(t.bytes / 1048576).toFixed(0).padStart(7)} MB`,
      );
    }
    if (latency.load) {
      lines.push(
        `Load: ETL ${(latency.load.wallMs / 1000).toFixed(1)} s in all; ${latency.load.searchTables ?? '(no search tables line)'}`,
      );
    }
  }
  if (ranking) {
    lines.push('', 'Ranking on the real samples (labels = the title a query was made from; top 20):');
    lines.push(
      `${'kind'.padEnd(16)} ${'n'.padStart(4)} ${'MRR'.padStart(6)} ${'hit@1'.padStart(6)} ${'hit@10'.padStart(7)}`,
    );
    const row = (name: string, f: RankFigures) =>
      `${name.padEnd(16)} ${String(f.n).padStart(4)} ${f.mrr.toFixed(3).padStart(6)} ${f.hitAt1.toFixed(2).padStart(6)} ${f.hitAt10.toFixed(2).padStart(7)}`;
    for (const [kind, f] of Object.entries(ranking.byKind)) lines.push(row(kind, f));
    lines.push(row('all', ranking.overall));
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      dir: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      realdata: { type: 'string', default: path.join('..', 'shared', 'realdata', 'imdb') },
      'skip-latency': { type: 'boolean', default: false },
      'skip-mrr': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const scale = values.scale === undefined ? null : Number(values.scale);
  const latencyWanted = !values['skip-latency'];
  if (!(Number.isInteger(runs) && runs >= 1) || !(Number.isInteger(seed) && seed >= 0)) {
    process.stderr.write(`--runs must be a positive integer and --seed a non-negative integer.\n\n${HELP}`);
    return 2;
  }
  if (latencyWanted && !values.reuse && !(scale !== null && scale > 0 && scale <= 20)) {
    process.stderr.write(`Give --scale F (0 < F ≤ 20), or --reuse with DATABASE_URL.\n\n${HELP}`);
    return 2;
  }
  if (values.reuse && !databaseUrlFromEnv()) {
    process.stderr.write('--reuse measures the database of DATABASE_URL: set it.\n');
    return 2;
  }
  const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);
  const opened: BenchDatabase[] = [];
  const closeAll = async () => {
    for (const d of opened.splice(0)) log(await d.close(values.keep));
  };
  const onSignal = () => void closeAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let latency: LatencyResult | null = null;
  let ranking: RankResult | null = null;
  try {
    if (latencyWanted) {
      let url: string;
      let database: string;
      let load: LatencyResult['load'];
      if (values.reuse) {
        url = databaseUrlFromEnv() as string;
        database = `DATABASE_URL (${new URL(url).pathname.slice(1)})`;
      } else {
        const dir = path.resolve(values.dir ?? defaultSynthDir(scale as number));
        if (!Object.values(DATASETS).every((d) => existsSync(path.join(dir, d.file)))) {
          log(`Generating scale ${scale} (seed 1) into ${dir}`);
          await generate({ scale: scale as number, seed: 1, out: dir, onFile: (r) => log(summaryLine(r)) });
        }
        const db = await createBenchDatabase();
        opened.push(db);
        url = db.url;
        database = `${db.name} (synthetic scale ${scale}, ${db.server === 'embedded' ? 'embedded PostgreSQL' : 'server of DATABASE_URL'})`;
        load = await loadWithEtl(url, dir, log);
        log(load.searchTables ?? 'The ETL printed no search tables line.');
      }
      latency = { database, ...(await measureLatency(url, runs, seed, log)), load };
    }
    if (!values['skip-mrr']) {
      const db = await createBenchDatabase();
      opened.push(db);
      ranking = await measureRanking(db.url, path.resolve(values.realdata ?? ''), seed, log);
    }
  } finally {
    await closeAll();
  }
  if (values.json) console.log(JSON.stringify({ latency, ranking }));
  else {
    console.log(render(latency, ranking));
    if (values.misses && ranking) {
      console.log('\nNot ranked first:');
      for (const m of ranking.misses)
        console.log(`  ${m.kind.padEnd(16)} ${JSON.stringify(m.query)} → want ${m.tconst}, first ${m.got}`);
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
