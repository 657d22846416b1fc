import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../etl/datasets';
import { defaultSynthDir, generate, MANIFEST, type Manifest, summaryLine } from '../../etl/synth/generate';
import { type BenchDatabase, checkpoint, createBenchDatabase, databaseSizes } from './database';
import { runEtlChild } from './etl-run';
import { checkFloorTools, measureFloor } from './floor';
import { type BenchResult, renderJson, renderTable } from './report';

const HELP = `Usage: npm run bench:etl -- --scale F [--dir DIR] [--keep] [--json]

Measures the IMDb ETL on synthetic files against the floor of plain COPY:
  1. writes the seven files at scale F into DIR with etl:synth (or reuses them when all are there);
  2. creates a throwaway database journal_bench_<random> (on the server of DATABASE_URL, or in an
     embedded PostgreSQL in a temporary directory when DATABASE_URL is unset) and migrates it;
  3. runs \`node scripts/etl.mjs --source DIR --force --json\` against it, sampling the
     process tree's memory from /proc every 200 ms, then reads the database's size;
  4. loads each file with \`gunzip -c FILE | psql -c "\\copy …"\` into a bare text table (the floor);
  5. prints per-file rows, times and rows/s, the ETL/floor throughput ratio, index and swap
     times, peak RSS and disk use; then drops the database.

  --scale F       fraction of the real IMDb sizes (required), e.g. 0.001, 0.01, 0.1
  --dir DIR       where the files are or go (default tmp/synth-F)
  --seed N        seed when the files have to be generated (default 1)
  --config FILE   passed to the ETL as --config (e.g. a copy of etl/imdb.yml that keeps episodes)
  --keep          keep the bench database (and the floor tables) afterwards
  --json          print the figures as one JSON object (progress goes to stderr)
  --skip-etl      measure only the floor
  --skip-floor    measure only the ETL
  -h, --help      show this help
`;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function ensureFiles(
  dir: string,
  scale: number,
  seed: number,
  log: (s: string) => void,
): Promise<Manifest | null> {
  const manifest = (await readFile(path.join(dir, MANIFEST), 'utf8').then(JSON.parse, () => null)) as Manifest | null;
  if (DATASET_NAMES.every((d) => existsSync(path.join(dir, DATASETS[d].file)))) {
    if (manifest && (manifest.scale !== scale || manifest.seed !== seed)) {
      log(`Note: ${dir} holds files of scale ${manifest.scale}, seed ${manifest.seed}; using them as they are.`);
    }
    log(`Reusing the files in ${dir}`);
    return manifest;
  }
  log(`Generating scale ${scale} (seed ${seed}) into ${dir}`);
  return generate({ scale, seed, out: dir, onFile: (r) => log(summaryLine(r)) });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      dir: { type: 'string' },
      seed: { type: 'string', default: '1' },
      config: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'skip-etl': { type: 'boolean', default: false },
      'skip-floor': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0 && scale <= 20) || !(Number.isInteger(seed) && seed >= 0)) {
    process.stderr.write(`--scale must be a number in (0, 20] and --seed a non-negative integer.\n\n${HELP}`);
    return 2;
  }
  const log = (s: string): void => {
    (values.json ? process.stderr : process.stdout).write(`${s}\n`);
  };
  const dir = path.resolve(values.dir ?? defaultSynthDir(scale));
  let runEtl = !values['skip-etl'];
  if (runEtl && !existsSync(path.join(ROOT, 'scripts', 'etl.mjs'))) {
    log('scripts/etl.mjs does not exist: measuring the floor only.');
    runEtl = false;
  }
  if (!values['skip-floor']) checkFloorTools();

  const manifest = await ensureFiles(dir, scale, seed, log);
  const fileRows: Partial<Record<DatasetName, number>> = {};
  for (const f of manifest?.files ?? []) fileRows[f.dataset] = f.rows;

  let db: BenchDatabase | undefined;
  const close = async (): Promise<void> => {
    const d = db;
    db = undefined;
    if (d) log(await d.close(values.keep));
  };
  const onSignal = (): void => {
    void close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const result: BenchResult = {
    scale,
    dir,
    database: { server: '', name: '' },
    fileRows,
    etl: null,
    floor: null,
    sizes: null,
  };
  try {
    db = await createBenchDatabase();
    result.database = { server: db.server, name: db.name };
    log(`Bench database ${db.name} (${db.server === 'embedded' ? 'embedded PostgreSQL' : 'server of DATABASE_URL'})`);
    if (runEtl) {
      await checkpoint(db.url);
      const config = values.config ? path.resolve(values.config) : undefined;
      log(`Running the ETL: node scripts/etl.mjs --source DIR --force --json${config ? ' --config FILE' : ''}`);
      result.etl = await runEtlChild(ROOT, dir, db.url, config);
      log(`ETL finished in ${(result.etl.wallMs / 1000).toFixed(1)} s (exit ${result.etl.exitCode})`);
      result.sizes = await databaseSizes(db.url);
    }
    if (!values['skip-floor']) {
      await checkpoint(db.url);
      log('Floor: gunzip -c FILE | psql \\copy, one file at a time');
      result.floor = await measureFloor(db.url, dir, values.keep, (r) =>
        log(
          `  ${r.dataset.padEnd(17)} ${r.rows.toLocaleString('en-US').padStart(12)} rows  ${(r.ms / 1000).toFixed(2)} s`,
        ),
      );
      if (!result.sizes) result.sizes = await databaseSizes(db.url);
    }
  } finally {
    await close();
  }
  process.stdout.write(`${values.json ? renderJson(result) : `\n${renderTable(result)}`}\n`);
  return result.etl && !result.etl.summary?.ok ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
