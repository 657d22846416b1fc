import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { DATASETS, type DatasetName } from '../datasets';
import { Lines } from './lines';
import { universe } from './model';
import { HEADERS, WRITERS } from './writers';

// Writes the files: each in its own child process (one per file, at most `jobs` at a time,
// largest first), streamed through gzip with backpressure, to FILE.partial, then renamed.

export interface FileResult {
  dataset: DatasetName;
  file: string;
  rows: number;
  /** Compressed size on disk. */
  bytes: number;
  /** Uncompressed size, header included. */
  rawBytes: number;
  seconds: number;
}

export interface Manifest {
  scale: number;
  seed: number;
  files: FileResult[];
}

export const MANIFEST = 'synth.json';

/** Largest first, so the longest file starts at once and the small ones fill the gaps. */
const GENERATION_ORDER: DatasetName[] = [
  'title.principals',
  'title.akas',
  'name.basics',
  'title.basics',
  'title.crew',
  'title.episode',
  'title.ratings',
];

export async function writeDataset(
  dataset: DatasetName,
  scale: number,
  seed: number,
  dir: string,
  level: number,
): Promise<FileResult> {
  const started = performance.now();
  const u = universe(scale, seed);
  const lines = new Lines();
  const target = path.join(dir, DATASETS[dataset].file);
  let rawBytes = 0;
  function* chunks(): Generator<Buffer> {
    const header = Buffer.from(`${HEADERS[dataset]}\n`);
    rawBytes += header.length;
    yield header;
    for (const text of WRITERS[dataset](u, lines)) {
      const buf = Buffer.from(text);
      rawBytes += buf.length;
      yield buf;
    }
  }
  await pipeline(Readable.from(chunks()), createGzip({ level }), createWriteStream(`${target}.partial`));
  await rename(`${target}.partial`, target);
  const { size } = await stat(target);
  const seconds = (performance.now() - started) / 1000;
  return { dataset, file: DATASETS[dataset].file, rows: lines.rows, bytes: size, rawBytes, seconds };
}

export interface GenerateOptions {
  scale: number;
  seed: number;
  out: string;
  jobs?: number;
  level?: number;
  only?: DatasetName[];
  /** Called with each file's result as it finishes. */
  onFile?: (result: FileResult) => void;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

function runWorker(dataset: DatasetName, o: GenerateOptions): Promise<FileResult> {
  return new Promise((resolve, reject) => {
    const args = [dataset, String(o.scale), String(o.seed), o.out, String(o.level ?? 1)];
    const child = fork(WORKER, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: FileResult | undefined;
    child.on('message', (m) => {
      result = m as FileResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`Generating ${dataset} failed (exit ${signal ?? code}).`));
    });
  });
}

export async function generate(o: GenerateOptions): Promise<Manifest> {
  await mkdir(o.out, { recursive: true });
  const queue = GENERATION_ORDER.filter((d) => !o.only || o.only.includes(d));
  const jobs = Math.max(1, o.jobs ?? os.availableParallelism());
  const files: FileResult[] = [];
  const lane = async (): Promise<void> => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const result = await runWorker(d, o);
      files.push(result);
      o.onFile?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, lane));
  files.sort((a, b) => GENERATION_ORDER.indexOf(a.dataset) - GENERATION_ORDER.indexOf(b.dataset));
  const manifest: Manifest = { scale: o.scale, seed: o.seed, files };
  if (!o.only) await writeFile(path.join(o.out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let k = 0;
  for (; v >= 1024 && k < units.length - 1; k++) v /= 1024;
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[k]}`;
}

export function summaryLine(r: Pick<FileResult, 'file' | 'rows' | 'bytes' | 'rawBytes' | 'seconds'>): string {
  return `${r.file.padEnd(24)} ${r.rows.toLocaleString('en-US').padStart(13)} rows ${formatBytes(r.bytes).padStart(10)} gz (${formatBytes(r.rawBytes)} raw) ${r.seconds.toFixed(2).padStart(8)} s`;
}

export function defaultSynthDir(scale: number): string {
  return path.join('tmp', `synth-${scale}`);
}
