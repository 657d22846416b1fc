import { getScrapeConfig, type ScrapeConfig } from './config';
import { parseAdvancedSearch } from './parse-advanced-search';
import { parseFindPage } from './parse-find-page';
import { parseSuggestion } from './parse-suggestion';
import { LayoutNotRecognisedError, type OnlineTitle, type OnlineTitleSource, SOURCE_LABELS } from './types';
import { mergeByTconst } from './values';

export interface SearchImdbOnlineOptions {
  fetchImpl?: typeof fetch;
  /** Replaces each source's scheme and host (a test server, or a proxy that may add a path prefix). */
  baseUrls?: Partial<Record<OnlineTitleSource, string>>;
  /** Per source, covering the whole answer; scrape.yml's http.timeoutMs when not given. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Ask every source and merge, instead of stopping at the first one that finds something. */
  allSources?: boolean;
  config?: ScrapeConfig;
}

export interface OnlineSearchOutcome {
  results: OnlineTitle[];
  /** One line per source that failed, e.g. "IMDb find page: HTTP 503 Service Unavailable". */
  errors: string[];
}

const SOURCE_ORDER: readonly OnlineTitleSource[] = ['suggestion', 'find', 'advanced-search'];

const PARSERS: Record<OnlineTitleSource, (body: string, config: ScrapeConfig) => OnlineTitle[]> = {
  suggestion: (body, config) => {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new LayoutNotRecognisedError(SOURCE_LABELS.suggestion, 'the answer is not JSON');
    }
    return parseSuggestion(json, config);
  },
  find: parseFindPage,
  'advanced-search': parseAdvancedSearch,
};

function endpointOf(source: OnlineTitleSource, config: ScrapeConfig) {
  return source === 'advanced-search' ? config.advancedSearch : config[source];
}

export function buildSearchUrl(
  source: OnlineTitleSource,
  query: string,
  config: ScrapeConfig,
  baseUrl?: string,
): string {
  const endpoint = endpointOf(source, config);
  const term = source === 'suggestion' && config.suggestion.lowercaseQuery ? query.toLowerCase() : query;
  const base = (baseUrl ?? endpoint.baseUrl).replace(/\/+$/, '');
  return base + endpoint.path.replace('{query}', encodeURIComponent(term));
}

/** IMDb answered, but not with 2xx. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

/**
 * IMDb's website, for titles newer than the local datasets: the suggestion endpoint, then the
 * find page, then the advanced search. Never throws for IMDb's sake: failures come back in `errors`.
 */
export async function searchImdbOnline(
  query: string,
  options: SearchImdbOnlineOptions = {},
): Promise<OnlineSearchOutcome> {
  const config = options.config ?? getScrapeConfig();
  const timeoutMs = options.timeoutMs ?? config.http.timeoutMs;
  const term = query.replace(/\s+/g, ' ').trim();
  const found: OnlineTitle[] = [];
  const errors: string[] = [];
  if (term === '') return { results: found, errors };

  for (const source of SOURCE_ORDER) {
    if (options.signal?.aborted) {
      errors.push(`${SOURCE_LABELS[source]}: cancelled`);
      break;
    }
    const url = buildSearchUrl(source, term, config, options.baseUrls?.[source]);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      const body = await untilAborted(
        requestImdb(url, endpointOf(source, config).accept, signal, config, options.fetchImpl).then((r) => r.text()),
        signal,
      );
      const titles = PARSERS[source](body, config);
      found.push(...titles);
      if (titles.length > 0 && !options.allSources) break;
    } catch (error) {
      errors.push(describeFailure(SOURCE_LABELS[source], error, timeout, options.signal, timeoutMs));
      if (options.signal?.aborted) break;
    }
  }
  return { results: mergeByTconst(found), errors };
}

/** A GET with the app's User-Agent and language; HttpStatusError unless the answer is 2xx. */
export async function requestImdb(
  url: string,
  accept: string,
  signal: AbortSignal,
  config: ScrapeConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const response = await fetchImpl(url, {
    headers: { 'User-Agent': config.http.userAgent, 'Accept-Language': config.http.acceptLanguage, Accept: accept },
    signal,
    redirect: 'follow',
  });
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new HttpStatusError(response.status, response.statusText);
  }
  return response;
}

/** Settles when the signal fires even if a substitute fetchImpl ignores it. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describeFailure(
  label: string,
  error: unknown,
  timeout: AbortSignal,
  caller: AbortSignal | undefined,
  timeoutMs: number,
): string {
  if (caller?.aborted) return `${label}: cancelled`;
  if (timeout.aborted) return `${label}: no answer within ${timeoutMs} ms`;
  if (error instanceof LayoutNotRecognisedError) return error.message;
  if (error instanceof HttpStatusError) return `${label}: ${error.message}`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `${label}: network error (${detail.split('\n')[0]})`;
}
