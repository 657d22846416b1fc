// `npm start` and `npm run dev`: the launcher (scripts/start.ts) as plain Node, so the process
// that stays beside the server all day holds no TypeScript loader.
import { runBundled } from './bundle.mjs';

await runBundled('scripts/start.ts', 'start', ['scripts', 'lib/db']);
