import 'server-only';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { postersFor } from './availability';
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

/** A cached poster's file and image type, or null (none cached, or posters are off). */
async function cachedPoster(tconst: string, variant: PosterVariant): Promise<{ file: string; type: string } | null> {
  const settings = posterSettings();
  if (!(await postersOn())) return null;
  const file = posterFile(settings.dir, tconst, variant);
  const type = await cachedImageType(file);
  if (!type) {
    await markMissing(tconst);
    return null;
  }
  return { file, type };
}

/** A cached poster's file as a stream, or null (none cached, or posters are off). */
export async function openPoster(tconst: string, variant: PosterVariant): Promise<PosterFile | null> {
  const cached = await cachedPoster(tconst, variant);
  if (!cached) return null;
  const { size } = await stat(cached.file);
  return {
    type: cached.type,
    size,
    body: Readable.toWeb(createReadStream(cached.file)) as ReadableStream<Uint8Array>,
  };
}

/**
 * The cached posters of these titles as data: URLs, for a picture drawn on the server (the year
 * in review's share image): read from the cache only, never fetched while it renders; titles
 * without one are queued like any shown title, and keep their letter tile.
 */
export async function posterDataUrls(tconsts: string[], variant: PosterVariant): Promise<Record<string, string>> {
  const found = Object.keys(await postersFor(tconsts));
  const urls = await Promise.all(
    found.map(async (tconst) => {
      const cached = await cachedPoster(tconst, variant);
      if (!cached) return null;
      const bytes = await readFile(cached.file).catch(() => null);
      return bytes ? ([tconst, `data:${cached.type};base64,${bytes.toString('base64')}`] as const) : null;
    }),
  );
  return Object.fromEntries(urls.filter((u) => u !== null));
}
