// `npm run etl -- [options]`: refreshes the IMDb tables. A plain Node process: it needs the
// database (DATABASE_URL, or the embedded one in ./data/postgres), not the app server.
import { parseArgs } from 'node:util';
import { openDatabase } from '../lib/db/connect';
import { DEFAULT_CONFIG_PATH } from './config';
import { DATASET_NAMES, type DatasetName, isDatasetName } from './datasets';
import { runEtl } from './run';
import { DEFAULT_SOURCE } from './source';

const HELP = `Refreshes the IMDb tables (schema imdb) from IMDb's dataset files.

Usage: npm run etl -- [options]

  --source URL|DIR   where the seven *.tsv.gz files are: a base URL (default ${DEFAULT_SOURCE})
                     or a directory holding NAME.tsv.gz or plain NAME.tsv files
  --datasets LIST    comma-separated subset, e.g. title.basics,title.ratings
                     (default: all of ${DATASET_NAMES.join(', ')})
  --config FILE      filter settings (default etl/imdb.yml)
  --force            reload files even when unchanged, and accept a much smaller file
                     or more malformed lines than the config allows
  --dry-run          download and check everything, write nothing
  --json             print a JSON summary as the last line
  --help             this text

The app keeps serving the previous data until every file has loaded; then all tables are
replaced at once. Only one run at a time. The database is DATABASE_URL when set, else the
embedded PostgreSQL in ./data/postgres (DATA_DIR).`;

class UsageError extends Error {}

function parse() {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: DEFAULT_SOURCE },
      datasets: { type: 'string' },
      config: { type: 'string', default: DEFAULT_CONFIG_PATH },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const datasets = values.datasets ? values.datasets.split(',').map((d) => d.trim()) : [...DATASET_NAMES];
  const unknown = datasets.filter((d) => !isDatasetName(d));
  if (unknown.length)
    throw new UsageError(`unknown dataset ${unknown.join(', ')} (known: ${DATASET_NAMES.join(', ')})`);
  const ordered = DATASET_NAMES.filter((d) => datasets.includes(d)) as DatasetName[];
  return { ...values, datasets: ordered };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`etl: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const database = await openDatabase();
  try {
    const summary = await runEtl({
      databaseUrl: database.url,
      source: args.source ?? DEFAULT_SOURCE,
      datasets: args.datasets,
      configPath: args.config ?? DEFAULT_CONFIG_PATH,
      force: args.force,
      dryRun: args['dry-run'],
    });
    if (args.json) console.log(JSON.stringify(summary));
    else report(summary);
    if (!summary.ok) console.error(`etl: failed: ${summary.error}`);
    return summary.ok ? 0 : 1;
  } finally {
    await database.stop();
  }
}

function report(summary: Awaited<ReturnType<typeof runEtl>>): void {
  for (const f of summary.files) {
    const rate = f.ms > 0 ? ` (${Math.round((f.rows / f.ms) * 1000).toLocaleString('en')} rows/s)` : '';
    console.log(
      `${f.dataset.padEnd(17)} ${f.status.padEnd(9)} ${f.rows.toLocaleString('en').padStart(12)} rows${rate}`,
    );
  }
  console.log(
    `indexes ${(summary.indexMs / 1000).toFixed(1)} s · swap ${(summary.swapMs / 1000).toFixed(2)} s · total ${(summary.totalMs / 1000).toFixed(1)} s · peak RSS ${summary.peakRssMb} MB`,
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`etl: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
