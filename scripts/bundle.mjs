// Runs a TypeScript entry point from an esbuild bundle in dist/, rebuilt when a source file is
// newer. Plain Node without a TypeScript loader keeps long-running processes small (the tsx
// loader and its esbuild service cost about 40 MB for as long as the process lives).
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Imports `entry` (relative to the project) bundled as dist/<name>.mjs; `sources` are the folders it reads. */
export async function runBundled(entry, name, sources) {
  const bundle = path.join(root, 'dist', `${name}.mjs`);
  const newest = Math.max(...sources.map((d) => newestSource(path.join(root, d))));
  if (builtAt(bundle) < newest) {
    // Without worker threads the build runs in a child that ends with it; with them, esbuild
    // keeps a worker and its service process (about 20 MB) alive beside the server for good.
    const threads = process.env.ESBUILD_WORKER_THREADS;
    process.env.ESBUILD_WORKER_THREADS = '0';
    const { buildSync } = await import('esbuild');
    const [output] = buildSync({
      entryPoints: [path.join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: bundle,
      write: false,
      logLevel: 'warning',
    }).outputFiles;
    if (threads === undefined) delete process.env.ESBUILD_WORKER_THREADS;
    else process.env.ESBUILD_WORKER_THREADS = threads;
    // Written aside and renamed: two processes starting at once never read half a bundle.
    const partial = `${bundle}.${process.pid}`;
    mkdirSync(path.dirname(bundle), { recursive: true });
    writeFileSync(partial, output.contents);
    renameSync(partial, bundle);
  }
  await import(pathToFileURL(bundle).href);
}
