import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { TITLE_TYPES } from './datasets';

const configSchema = z
  .object({
    titleTypes: z
      .object({
        except: z.array(z.enum(TITLE_TYPES)).default(['tvEpisode', 'videoGame']),
      })
      .strict()
      .default({ except: ['tvEpisode', 'videoGame'] }),
    maxBadLines: z.number().int().min(0).default(100),
    maxBadLineShare: z.number().min(0).max(1).default(0.001),
    minRowShare: z.number().min(0).max(1).default(0.9),
    lockTimeoutSeconds: z.number().int().positive().max(600).default(10),
  })
  .strict();

export type EtlConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG_PATH = path.join(process.cwd(), 'etl', 'imdb.yml');

class ConfigError extends Error {}

export async function loadConfig(file = DEFAULT_CONFIG_PATH): Promise<EtlConfig> {
  const text = await readFile(/*turbopackIgnore: true*/ file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`${file}: cannot read it (${error.code ?? error.message})`);
  });
  return parseConfig(text, file);
}

function parseConfig(text: string, file: string): EtlConfig {
  let raw: unknown;
  try {
    raw = load(text) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** How many malformed lines a file of `lines` lines may have: the count or the share, whichever is larger. */
export function badLineAllowance(config: EtlConfig, lines: number): number {
  return Math.max(config.maxBadLines, Math.floor(config.maxBadLineShare * lines));
}

/** The title types a run drops (types IMDb adds later are kept). */
export function droppedTitleTypes(config: EtlConfig): Set<string> {
  return new Set<string>(config.titleTypes.except);
}
