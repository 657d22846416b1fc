import 'server-only';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { cachedImageType, posterFile } from './files';
import { posterSettings } from './settings';
import type { PosterVariant } from './src';
import { markMissing } from './store';
import { postersOn } from './switch';

export interface PosterFile {
  type: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

/** A cached poster's file as a stream, or null (none cached, or posters are off). */
export async function openPoster(tconst: string, variant: PosterVariant): Promise<PosterFile | null> {
  const settings = posterSettings();
  if (!(await postersOn())) return null;
  const file = posterFile(settings.dir, tconst, variant);
  const type = await cachedImageType(file);
  if (!type) {
    await markMissing(tconst);
    return null;
  }
  const { size } = await stat(file);
  return { type, size, body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
}
