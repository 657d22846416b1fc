import 'server-only';
import { rename, rm } from 'node:fs/promises';
import type { ReadableStream } from 'node:stream/web';
import { HttpStatusError, requestImdb } from '../imdb-web/fetch';
import { cacheFiles, posterFile, removePoster, saveStream, VARIANTS } from './files';
import { lookupPoster, type RequestContext, signalFor } from './lookup';
import type { PosterSettings } from './settings';
import type { PosterVariant } from './src';
import {
  cachedBytes,
  type DuePoster,
  foundTconsts,
  leastRecentlyUsed,
  markEvicted,
  saveFailed,
  saveFound,
  saveNone,
} from './store';

export type FillOutcome = 'found' | 'none' | 'failed';

/** The URL of one size of a poster, on the configured image host whatever host IMDb named. */
function sizedImageUrl(imageUrl: string, variant: PosterVariant, settings: PosterSettings): string {
  const { sizedName, variants } = settings.config.posters;
  const url = new URL(imageUrl);
  const sized = url.pathname.replace(sizedName.match, sizedName.replace.replace('{size}', variants[variant]));
  return settings.imageBaseUrl.replace(/\/+$/, '') + sized;
}

/** Looks a title's poster up (unless its URL is known), downloads both sizes, records the outcome. */
export async function fillOne(
  row: DuePoster,
  context: RequestContext,
): Promise<{ outcome: FillOutcome; error?: string }> {
  try {
    let imageUrl = row.imageUrl;
    if (!imageUrl) {
      const found = await lookupPoster(row.tconst, row, context);
      if (found.kind === 'none') {
        await saveNone(row.tconst);
        return { outcome: 'none' };
      }
      imageUrl = found.imageUrl;
    }
    const bytes = await downloadVariants(row.tconst, imageUrl, context);
    await saveFound(row.tconst, imageUrl, bytes);
    await enforceCap(context.settings);
    return { outcome: 'found' };
  } catch (error) {
    // IMDb says the image is gone: like no poster (a fresh lookup in a month).
    if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) {
      await saveNone(row.tconst);
      return { outcome: 'none' };
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const message = `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`;
    await saveFailed(row.tconst, message);
    return { outcome: 'failed', error: message };
  }
}

async function downloadVariants(tconst: string, imageUrl: string, context: RequestContext): Promise<number> {
  const { settings } = context;
  const staged: string[] = [];
  let total = 0;
  try {
    for (const variant of VARIANTS) {
      await context.beforeRequest?.();
      const url = sizedImageUrl(imageUrl, variant, settings);
      const response = await requestImdb(
        url,
        settings.config.posters.accept,
        signalFor(context),
        settings.config,
        context.fetchImpl,
      );
      if (!response.body) throw new Error('an empty answer');
      const file = `${posterFile(settings.dir, tconst, variant)}.new`;
      staged.push(file);
      total += await saveStream(
        response.body as ReadableStream<Uint8Array>,
        file,
        settings.config.posters.maxFileBytes,
      );
    }
    // Both sizes or neither: the page must never show a large poster with a missing thumbnail.
    for (const file of staged) await rename(file, file.slice(0, -'.new'.length));
    return total;
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file, { force: true })));
    throw error;
  }
}

/** Removes the least recently shown posters until the cache fits its size limit. */
export async function enforceCap(settings: PosterSettings): Promise<{ evicted: number; bytes: number }> {
  let bytes = await cachedBytes();
  let evicted = 0;
  while (bytes > settings.maxBytes) {
    const oldest = await leastRecentlyUsed(50);
    if (oldest.length === 0) break;
    const batch: string[] = [];
    for (const row of oldest) {
      if (bytes <= settings.maxBytes) break;
      batch.push(row.tconst);
      bytes -= row.bytes;
    }
    await Promise.all(batch.map((tconst) => removePoster(settings.dir, tconst)));
    await markEvicted(batch);
    evicted += batch.length;
  }
  return { evicted, bytes };
}

/** The size limit, and files no found row owns (an interrupted download, a reset database). */
export async function prune(settings: PosterSettings): Promise<{ evicted: number; orphans: number; bytes: number }> {
  const capped = await enforceCap(settings);
  const owned = await foundTconsts();
  let orphans = 0;
  for (const { tconst, file } of await cacheFiles(settings.dir)) {
    if (owned.has(tconst)) continue;
    await rm(file, { force: true });
    orphans++;
  }
  return { ...capped, orphans };
}
