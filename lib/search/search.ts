import { db, type PrismaClient } from '../db/client';
import { parseSearchQuery } from './parse';
import { buildSearchSql, type SearchRow, TUNING } from './sql';
import { DEFAULT_LIMIT, MAX_LIMIT, resolveTitleTypes, type SearchTitlesOptions, type TitleSearchResult } from './types';

// The local title search over the IMDb tables. No `server-only` here: the CLI (scripts/search.ts)
// and the benchmark run it under plain Node; the app imports it through lib/search/index.ts.

export interface TimedSearch {
  results: TitleSearchResult[];
  /** Milliseconds spent in SQL: the transaction around the statement ($transaction with $queryRaw). */
  sqlMs: number;
  /** Milliseconds for the whole call: parsing, building, the statement, mapping. */
  totalMs: number;
}

const PG_UNDEFINED_TABLE = '42P01';

/** Thrown when a table the search reads is missing: the IMDb data has not been loaded (`npm run etl`). */
export class SearchUnavailableError extends Error {
  constructor(
    readonly table: string | null,
    cause?: unknown,
  ) {
    super(`The IMDb table ${table ?? 'the search needs'} is missing: load the IMDb data first (npm run etl).`, {
      cause,
    });
    this.name = 'SearchUnavailableError';
  }
}

/** The missing imdb table named by an "undefined table" error (Prisma or pg), or undefined for other errors. */
function missingTable(error: unknown): string | null | undefined {
  let json = '';
  try {
    json = JSON.stringify(error) ?? '';
  } catch {
    // A cyclic error object: its message will do.
  }
  const text = `${(error as Error)?.message ?? ''} ${json}`;
  const named = /relation \\?"(imdb\.[a-z_]+)\\?" does not exist/.exec(text);
  if (named) return named[1];
  return text.includes(PG_UNDEFINED_TABLE) || text.includes('TableDoesNotExist') ? null : undefined;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function optionalYear(year: number | undefined): number | null {
  return year === undefined || !Number.isFinite(year) ? null : Math.floor(year);
}

function toResult(row: SearchRow): TitleSearchResult {
  return {
    tconst: row.tconst,
    title: row.title,
    originalTitle: row.original_title,
    year: row.year,
    endYear: row.end_year,
    type: row.type,
    runtimeMinutes: row.runtime_minutes,
    genres: row.genres ?? [],
    rating: row.rating,
    votes: row.votes,
    directors: row.directors ?? [],
    matchedAka: row.matched_aka,
    inJournal: row.in_journal,
    onWatchlist: row.on_watchlist,
  };
}

/** searchTitles, with the time spent in SQL and in all (for the benchmark and the CLI). */
export async function searchTitlesTimed(
  query: string,
  options: SearchTitlesOptions = {},
  client: PrismaClient = db(),
): Promise<TimedSearch> {
  const started = performance.now();
  const parsed = parseSearchQuery(query);
  if (parsed.normalizedWithoutYear === '') return { results: [], sqlMs: 0, totalMs: performance.now() - started };
  const sql = buildSearchSql({
    query: parsed,
    types: resolveTitleTypes(options.types, { strict: false }),
    yearFrom: optionalYear(options.yearFrom),
    yearTo: optionalYear(options.yearTo),
    limit: clampLimit(options.limit),
    userId: options.userId ?? null,
  });
  const sqlStarted = performance.now();
  let rows: SearchRow[];
  try {
    // One statement, in a transaction of its own so that its settings apply to it alone: JIT
    // off (the plan's cost estimate can pass jit_above_cost, and compiling costs ~50 ms for a
    // query that runs in ~10), and the trigram thresholds the lookups were tuned for.
    [, rows] = await client.$transaction([
      client.$queryRaw`SELECT set_config('jit', 'off', true),
                              set_config('pg_trgm.similarity_threshold', ${String(TUNING.similarityThreshold)}, true),
                              set_config('pg_trgm.word_similarity_threshold', ${String(TUNING.wordSimilarityThreshold)}, true)`,
      client.$queryRaw<SearchRow[]>(sql),
    ]);
  } catch (error) {
    const table = missingTable(error);
    if (table !== undefined) throw new SearchUnavailableError(table, error);
    throw error;
  }
  const sqlMs = performance.now() - sqlStarted;
  const results = rows.map(toResult);
  return { results, sqlMs, totalMs: performance.now() - started };
}

/**
 * Searches the local IMDb tables for titles: primary, original and alternative titles in every
 * language; case, accents and punctuation ignored; typos tolerated; the last word may be
 * unfinished; a trailing year is a hint. Best match first, then the best-known title.
 */
export async function searchTitles(query: string, options: SearchTitlesOptions = {}): Promise<TitleSearchResult[]> {
  return (await searchTitlesTimed(query, options)).results;
}
