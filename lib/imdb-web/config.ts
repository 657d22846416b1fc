import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadHtml } from 'cheerio/slim';
import { load } from 'js-yaml';
import { z } from 'zod';
import { TITLE_TYPES } from '../titles/types';

export const DEFAULT_SCRAPE_CONFIG_PATH = path.join(process.cwd(), 'lib', 'imdb-web', 'scrape.yml');

export class ScrapeConfigError extends Error {}

const text = z.string().trim().min(1);

const regex = text.transform((source, ctx) => {
  try {
    return new RegExp(source);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})` });
    return z.NEVER;
  }
});

// A broken selector would otherwise only fail on the first real page, as a crash.
const probeDocument = loadHtml('<p></p>');
const selector = text.refine(
  (value) => {
    try {
      probeDocument(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid CSS selector' },
);

const jsonPaths = z.union([text, z.array(text).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

const urlTemplate = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }),
    path: text.refine((value) => value.startsWith('/') && value.includes('{query}'), {
      message: 'must start with / and contain {query}',
    }),
    accept: text,
  })
  .strict();

const resultList = z
  .object({
    container: selector,
    item: selector,
    link: selector,
    title: selector,
    titlePrefix: regex.optional(),
    metadata: selector,
    type: selector,
    rating: selector,
    votes: selector,
  })
  .strict();

const posterSection = z
  .object({
    // The suggestion answer's items, read with suggestion.results and fields.tconst.
    image: jsonPaths,
    imageBaseUrl: z.url({ protocol: /^https?$/ }),
    sizedName: z
      .object({ match: regex, replace: text.refine((v) => v.includes('{size}'), 'must contain {size}') })
      .strict(),
    variants: z.object({ large: text, small: text }).strict(),
    accept: text,
    requestsPerSecond: z.number().positive().max(10),
    maxFileBytes: z.number().int().positive().max(20_000_000),
  })
  .strict();

/** Lower case without spaces or hyphens, so "TV mini-series", "TV Mini Series" and "tvMiniSeries" meet. */
export function typeKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_]+/g, '');
}

const scrapeConfigSchema = z
  .object({
    http: z
      .object({
        userAgent: text,
        acceptLanguage: text,
        timeoutMs: z.number().int().positive().max(60_000),
      })
      .strict(),
    text: z
      .object({
        tconstInHref: regex,
        year: regex,
        runtime: regex,
        voteSuffixes: z.record(text, z.number().positive()),
      })
      .strict(),
    titleTypes: z.record(text, z.enum(TITLE_TYPES)).transform((aliases) => {
      const byKey = new Map<string, string>(TITLE_TYPES.map((type) => [typeKey(type), type]));
      for (const [alias, type] of Object.entries(aliases)) byKey.set(typeKey(alias), type);
      return byKey;
    }),
    suggestion: urlTemplate
      .extend({
        lowercaseQuery: z.boolean(),
        results: text,
        queryEcho: text,
        fields: z.object({ tconst: jsonPaths, title: jsonPaths, year: jsonPaths, type: jsonPaths }).strict(),
      })
      .strict(),
    find: urlTemplate
      .extend({
        nextData: z
          .object({
            script: selector,
            results: text,
            fields: z
              .object({
                tconst: jsonPaths,
                title: jsonPaths,
                year: jsonPaths,
                type: jsonPaths,
                rating: jsonPaths,
                votes: jsonPaths,
                runtimeSeconds: jsonPaths,
              })
              .strict(),
          })
          .strict(),
        list: resultList,
      })
      .strict(),
    advancedSearch: urlTemplate.extend({ list: resultList }).strict(),
    posters: posterSection,
  })
  .strict();

export type ScrapeConfig = z.output<typeof scrapeConfigSchema>;
export type ResultListSelectors = ScrapeConfig['find']['list'];

export function parseScrapeConfig(yaml: string, file: string): ScrapeConfig {
  let raw: unknown;
  try {
    raw = load(yaml);
  } catch (error) {
    throw new ScrapeConfigError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = scrapeConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => {
      const message = /received undefined$/.test(issue.message) ? 'missing' : issue.message;
      return `${issue.path.join('.') || '(top level)'}: ${message}`;
    });
    throw new ScrapeConfigError(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function loadScrapeConfig(file = DEFAULT_SCRAPE_CONFIG_PATH): ScrapeConfig {
  let yaml: string;
  try {
    yaml = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  } catch (error) {
    throw new ScrapeConfigError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return parseScrapeConfig(yaml, file);
}

let cached: ScrapeConfig | undefined;

/** scrape.yml, read once per process. */
export function getScrapeConfig(): ScrapeConfig {
  cached ??= loadScrapeConfig();
  return cached;
}
