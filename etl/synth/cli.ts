import os from 'node:os';
import { parseArgs } from 'node:util';
import { DATASET_NAMES, type DatasetName, isDatasetName } from '../datasets';
import { defaultSynthDir, generate, summaryLine } from './generate';

const HELP = `Usage: npm run etl:synth -- --scale F [--out DIR] [--seed N] [options]

Writes IMDb's seven dataset files (*.tsv.gz, exact headers, columns, \\N and LF) filled with
synthetic but realistically shaped data, at a fraction F of today's sizes (F=1: 12.6 M titles,
15.5 M people, about 210 M rows). The same F and seed always give the same files.

  --scale F     fraction of the real sizes, e.g. 0.001, 0.01, 0.1, 1 (required)
  --out DIR     output directory (default tmp/synth-F)
  --seed N      random seed (default 1)
  --jobs N      files generated in parallel, one process each (default: CPU count, ${os.availableParallelism()} here)
  --level N     gzip level 1-9 (default 1: fastest)
  --only LIST   comma-separated datasets to write, e.g. title.basics,name.basics
  -h, --help    show this help
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      level: { type: 'string', default: '1' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  const level = Number(values.level);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const only = values.only?.split(',').map((s) => s.trim());
  const problems = [
    !(scale > 0 && scale <= 20) && '--scale must be a number in (0, 20]',
    !(Number.isInteger(seed) && seed >= 0) && '--seed must be a non-negative integer',
    !(Number.isInteger(level) && level >= 1 && level <= 9) && '--level must be 1-9',
    jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1) && '--jobs must be a positive integer',
    only?.some((d) => !isDatasetName(d)) && `--only takes dataset names: ${DATASET_NAMES.join(', ')}`,
  ].filter(Boolean);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const out = values.out ?? defaultSynthDir(scale);
  const started = performance.now();
  console.log(`Writing synthetic IMDb files at scale ${scale} (seed ${seed}) to ${out}`);
  const manifest = await generate({
    scale,
    seed,
    out,
    jobs,
    level,
    only: only as DatasetName[] | undefined,
    onFile: (r) => console.log(summaryLine(r)),
  });
  const total = { file: 'total', rows: 0, bytes: 0, rawBytes: 0, seconds: (performance.now() - started) / 1000 };
  for (const f of manifest.files) {
    total.rows += f.rows;
    total.bytes += f.bytes;
    total.rawBytes += f.rawBytes;
  }
  console.log(summaryLine(total));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
