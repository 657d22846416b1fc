import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { causeOf, gunzipError, type OpenedFile, type OpenOptions, SourceError, type SourceFileState } from './types';

async function statFile(file: string, candidate: string): Promise<Stats | null> {
  try {
    const stats = await stat(candidate);
    return stats.isFile() ? stats : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SourceError(`${file}: cannot read ${candidate} (${causeOf(err)})`, { cause: err });
  }
}

/** Opens `dir/NAME.tsv.gz`, or else the uncompressed `dir/NAME.tsv`. */
export async function openDirectoryFile(
  dir: string,
  file: string,
  previous: SourceFileState | null,
  options: Pick<OpenOptions, 'force'> = {},
): Promise<OpenedFile> {
  const gzipped = path.join(dir, file);
  const plain = path.join(dir, file.replace(/\.gz$/, ''));
  let chosen = gzipped;
  let stats = await statFile(file, gzipped);
  if (!stats && plain !== gzipped) {
    chosen = plain;
    stats = await statFile(file, plain);
  }
  if (!stats) {
    const missing = plain === gzipped ? `${gzipped} does not exist` : `neither ${gzipped} nor ${plain} exists`;
    throw new SourceError(`${file}: ${missing}`);
  }

  // Size and mtime stand in for an ETag, so an untouched file is skipped like a 304.
  const state: SourceFileState = { etag: `"${stats.size}-${stats.mtimeMs}"`, lastModified: stats.mtime.toUTCString() };
  if (!options.force && previous?.etag === state.etag) return { status: 'unchanged' };

  const input = createReadStream(chosen);
  const body = new PassThrough();
  const gunzip = chosen.endsWith('.gz') ? createGunzip() : null;
  input.on('error', (err) => body.destroy(new SourceError(`${file}: cannot read ${chosen} (${causeOf(err)})`)));
  gunzip?.on('error', (err) => body.destroy(gunzipError(file, err, 'the file')));
  // Same contract as HTTP bodies: errors wait on `body` for the consumer instead of crashing.
  body.on('error', () => {});
  body.on('close', () => {
    input.destroy();
    gunzip?.destroy();
  });
  if (gunzip) input.pipe(gunzip).pipe(body);
  else input.pipe(body);

  return { status: 'ok', body, state, bytesRead: () => input.bytesRead, bytesTotal: stats.size };
}
