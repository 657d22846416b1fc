import 'server-only';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { PosterVariant } from './src';

// The files of the cache: <dir>/<last two digits of the tconst>/<tconst>.<variant>, so that no
// folder holds more than a few hundred files.

export const VARIANTS: readonly PosterVariant[] = ['large', 'small'];

export function posterFile(dir: string, tconst: string, variant: PosterVariant): string {
  return path.join(/*turbopackIgnore: true*/ dir, tconst.slice(-2), `${tconst}.${variant}`);
}

class TooLargeError extends Error {}
class NotAnImageError extends Error {}

const SIGNATURES: { type: string; test: (head: Buffer) => boolean }[] = [
  { type: 'image/jpeg', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: 'image/png', test: (h) => h.subarray(0, 4).toString('latin1') === '\x89PNG' },
  {
    type: 'image/webp',
    test: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

export function imageTypeOf(head: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}

/** The image type of a cached file, or null when there is no such file. */
export async function cachedImageType(file: string): Promise<string | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    return imageTypeOf(head);
  } finally {
    await handle.close();
  }
}

/** Streams a body to `file` (via a temporary name), refusing more than `maxBytes` or a non-image. */
export async function saveStream(body: ReadableStream<Uint8Array>, file: string, maxBytes: number): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const part = `${file}.part`;
  let bytes = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (bytes === 0 && !imageTypeOf(chunk)) return done(new NotAnImageError('the answer is not an image'));
      bytes += chunk.length;
      done(bytes > maxBytes ? new TooLargeError(`larger than ${maxBytes} bytes`) : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body), guard, createWriteStream(part));
    await rename(part, file);
    return bytes;
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
}

export async function removePoster(dir: string, tconst: string): Promise<void> {
  await Promise.all(VARIANTS.map((v) => rm(posterFile(dir, tconst, v), { force: true })));
}

/** Every file in the cache folder, with the tconst it belongs to. */
export async function cacheFiles(dir: string): Promise<{ tconst: string; file: string }[]> {
  const files: { tconst: string; file: string }[] = [];
  const shards = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch(() => []);
  for (const shard of shards) {
    if (!shard.isDirectory()) continue;
    const shardDir = path.join(/*turbopackIgnore: true*/ dir, shard.name);
    for (const name of await readdir(/*turbopackIgnore: true*/ shardDir)) {
      files.push({ tconst: name.split('.')[0], file: path.join(/*turbopackIgnore: true*/ shardDir, name) });
    }
  }
  return files;
}
