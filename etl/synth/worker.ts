import { isDatasetName } from '../datasets';
import { writeDataset } from './generate';

// Child process entry: writes one file and reports its FileResult to the parent over IPC.

const [dataset, scale, seed, dir, level] = process.argv.slice(2);
if (!isDatasetName(dataset) || !process.send) {
  console.error('etl/synth/worker.ts is started by etl/synth/cli.ts, not directly.');
  process.exit(2);
}
try {
  const result = await writeDataset(dataset, Number(scale), Number(seed), dir, Number(level));
  process.send(result, undefined, undefined, () => process.exit(0));
} catch (error) {
  console.error(`[synth ${dataset}]`, error);
  process.exit(1);
}
