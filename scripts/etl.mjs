// `npm run etl`: the ETL as plain Node (its memory budget is 150 MB; a loader alone costs about 30 MB).
import { runBundled } from './bundle.mjs';

await runBundled('etl/cli.ts', 'etl-cli', ['etl', 'lib/db']);
