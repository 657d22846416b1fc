// `npm run etl`: runs the ETL from a bundle of etl/cli.ts, rebuilt with esbuild when a
// source file is newer. Plain Node without a TypeScript loader keeps the process small
// (the ETL's memory budget is 150 MB; a loader alone costs about 30 MB).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'etl-cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const builtAt = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
})();
const sources = ['etl', 'lib/db'].map((d) => newestSource(path.join(root, d)));
if (builtAt < Math.max(...sources)) {
  const { buildSync } = await import('esbuild');
  buildSync({
    entryPoints: [path.join(root, 'etl', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
}
await import(pathToFileURL(bundle).href);
