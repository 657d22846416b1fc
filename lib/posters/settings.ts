import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { dataDir } from '../db/config';
import { getScrapeConfig, type ScrapeConfig } from '../imdb-web/config';

/** Everything the poster cache needs to know, from the environment and scrape.yml. */
export interface PosterSettings {
  enabled: boolean;
  /** Where the image files live. */
  dir: string;
  /** The cache's size limit; the least recently shown posters go first. */
  maxBytes: number;
  /** Replaces the suggestion endpoint's scheme and host (a test server). */
  lookupBaseUrl?: string;
  /** Replaces posters.imageBaseUrl (a test server). */
  imageBaseUrl: string;
  config: ScrapeConfig;
}

const DEFAULT_CACHE_MB = 300;

const envSchema = z.object({
  POSTERS_DIR: z.string().trim().min(1).optional(),
  POSTERS_CACHE_MB: z.coerce.number().positive().max(1_000_000).catch(DEFAULT_CACHE_MB),
  POSTERS_LOOKUP_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .catch(undefined),
  POSTERS_IMAGE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .catch(undefined),
});

/** `POSTERS=off` turns the whole feature off: no request to IMDb at all, letter tiles everywhere. */
export function postersEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.POSTERS?.trim().toLowerCase() !== 'off';
}

export function posterSettings(env: NodeJS.ProcessEnv = process.env): PosterSettings {
  const parsed = envSchema.parse({ ...env, POSTERS_CACHE_MB: env.POSTERS_CACHE_MB || DEFAULT_CACHE_MB });
  const config = getScrapeConfig();
  return {
    enabled: postersEnabled(env),
    dir: path.resolve(/*turbopackIgnore: true*/ parsed.POSTERS_DIR ?? path.join(dataDir(), 'posters')),
    maxBytes: Math.round(parsed.POSTERS_CACHE_MB * 1024 * 1024),
    lookupBaseUrl: parsed.POSTERS_LOOKUP_URL,
    imageBaseUrl: parsed.POSTERS_IMAGE_URL ?? config.posters.imageBaseUrl,
    config,
  };
}
