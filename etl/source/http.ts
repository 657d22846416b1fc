import { once } from 'node:events';
import http, { type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import { causeOf, gunzipError, type OpenedFile, type OpenOptions, SourceError, type SourceFileState } from './types';

const USER_AGENT = 'my-movie-journal-etl (+self-hosted; weekly)';
const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 120_000;

/** A response other than the one wanted. */
class StatusError extends Error {
  readonly status: number;
  readonly retryAfterMs: number;
  constructor(res: IncomingMessage) {
    super(`${res.statusCode} ${res.statusMessage ?? ''}`.trim());
    this.status = res.statusCode ?? 0;
    const after = Number(res.headers['retry-after']);
    this.retryAfterMs = after > 0 ? Math.min(after * 1000, MAX_RETRY_AFTER_MS) : 0;
  }
}

class TimeoutError extends Error {}

interface Exchange {
  req: ClientRequest;
  res: IncomingMessage;
  url: URL;
}

function isRetryable(err: unknown): boolean {
  if (err instanceof StatusError) return err.status === 408 || err.status === 429 || err.status >= 500;
  return !(err instanceof SourceError);
}

function contentLength(headers: IncomingHttpHeaders): number | null {
  const value = headers['content-length'];
  return value === undefined || Number.isNaN(Number(value)) ? null : Number(value);
}

/** GET following redirects; settles once response headers arrive, or fails after `timeoutMs` without them. */
async function get(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Exchange> {
  for (let redirects = 0; ; redirects++) {
    const { req, res } = await new Promise<Omit<Exchange, 'url'>>((resolve, reject) => {
      const client = url.protocol === 'https:' ? https : http;
      // `identity`: the .gz bytes must arrive as stored, never re-encoded or transparently decoded.
      const all = { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'identity', ...headers };
      const req = client.get(url, { headers: all, signal });
      const timer = setTimeout(
        () => req.destroy(new TimeoutError(`no response within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      req.on('response', (res) => {
        clearTimeout(timer);
        resolve({ req, res });
      });
    });
    const location = res.headers.location;
    if (!location || ![301, 302, 303, 307, 308].includes(res.statusCode ?? 0) || redirects >= MAX_REDIRECTS) {
      return { req, res, url };
    }
    res.destroy();
    url = new URL(location, url);
  }
}

export async function openHttpFile(
  base: string,
  file: string,
  previous: SourceFileState | null,
  options: OpenOptions = {},
): Promise<OpenedFile> {
  const { force = false, retries = 4, retryBaseMs = 1000, timeoutMs = 30_000, signal } = options;
  const url = new URL(file, base.endsWith('/') ? base : `${base}/`);
  const host = url.host;
  // `stop` ends everything when the consumer gives up on `body`; `abort` also follows the caller's signal.
  const stop = new AbortController();
  const abort = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  let failures = 0;

  const attempts = () => (failures > 0 ? `, ${failures + 1} attempts` : '');
  const describeFailure = (err: unknown) =>
    err instanceof StatusError
      ? `${host} answered ${err.message}${failures > 0 ? ` (${failures + 1} attempts)` : ''}`
      : `cannot reach ${host} (${causeOf(err)}${attempts()}) — check the network or use --source DIR`;
  const cancelled = (err: unknown) => new SourceError(`${file}: the download was cancelled`, { cause: err });

  const backoff = async (err: unknown) => {
    failures++;
    const delay = retryBaseMs * 2 ** (failures - 1) * (0.5 + Math.random());
    const retryAfter = err instanceof StatusError ? err.retryAfterMs : 0;
    await sleep(Math.max(delay, retryAfter), undefined, { signal: abort }).catch(() => {});
  };

  // Initial requests and resumes share one budget of `retries`.
  const withRetries = async <T>(attempt: () => Promise<T>, explain: (err: unknown) => string): Promise<T> => {
    for (;;) {
      try {
        return await attempt();
      } catch (err) {
        if (err instanceof SourceError) throw err;
        if (abort.aborted) throw cancelled(err);
        if (!isRetryable(err) || failures >= retries) throw new SourceError(`${file}: ${explain(err)}`, { cause: err });
        await backoff(err);
      }
    }
  };

  const conditional: Record<string, string> = {};
  if (previous && !force) {
    if (previous.etag) conditional['If-None-Match'] = previous.etag;
    if (previous.lastModified) conditional['If-Modified-Since'] = previous.lastModified;
  }
  const first = await withRetries(async () => {
    const exchange = await get(url, conditional, timeoutMs, abort);
    const status = exchange.res.statusCode;
    if (status === 200 || (status === 304 && Object.keys(conditional).length > 0)) return exchange;
    exchange.res.destroy();
    throw new StatusError(exchange.res);
  }, describeFailure);
  if (first.res.statusCode === 304) {
    first.res.destroy();
    return { status: 'unchanged' };
  }

  let { req, res } = first;
  const state: SourceFileState = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
  // If-Range needs a strong validator: a weak ETag does not promise byte-identical content.
  const validator = state.etag && !state.etag.startsWith('W/') ? state.etag : state.lastModified;
  const resumable = /\bbytes\b/i.test(res.headers['accept-ranges'] ?? '') && validator !== null;
  let total = contentLength(res.headers);
  let received = 0;
  let done = false;
  const gunzip = createGunzip();
  const body = new PassThrough();

  const finish = (err?: Error) => {
    if (done) return;
    done = true;
    stop.abort();
    res.destroy();
    req.destroy();
    gunzip.destroy();
    if (err) body.destroy(err);
  };
  gunzip.on('error', (err) => finish(gunzipError(file, err)));
  // The error stays recorded on `body` (readableAborted/errored) and reaches the consumer through
  // pipeline() or async iteration; without this listener it would crash the process if it came
  // before the consumer attached its own.
  body.on('error', () => {});
  body.on('close', () => finish());
  gunzip.pipe(body);

  const feed = async () => {
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => res.destroy(new TimeoutError(`no data for ${timeoutMs / 1000} s`)), timeoutMs);
    };
    try {
      arm();
      for await (const chunk of res as AsyncIterable<Buffer>) {
        clearTimeout(timer);
        received += chunk.length;
        // Time spent waiting for a slow consumer is not network idleness, so the timer is off meanwhile.
        if (!gunzip.write(chunk)) await once(gunzip, 'drain', { signal: abort });
        arm();
      }
    } finally {
      clearTimeout(timer);
    }
    if (total !== null && received < total) throw new Error('the connection closed early');
  };

  const resume = (brokeOff: string) =>
    withRetries(
      async () => {
        const range = { Range: `bytes=${received}-`, 'If-Range': validator ?? '' };
        const exchange = await get(url, range, timeoutMs, abort);
        const status = exchange.res.statusCode;
        const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(exchange.res.headers['content-range'] ?? '');
        if (status === 206 && match && Number(match[1]) === received) {
          return { ...exchange, total: match[2] === '*' ? total : Number(match[2]) };
        }
        exchange.res.destroy();
        if (status === 200 || status === 206) {
          throw new SourceError(`${file}: ${brokeOff}, and ${host} would not resume it (the file may have changed)`);
        }
        throw new StatusError(exchange.res);
      },
      (err) => `${brokeOff}, and resuming failed: ${describeFailure(err)}`,
    );

  const pump = async () => {
    for (;;) {
      try {
        await feed();
        gunzip.end();
        return;
      } catch (err) {
        if (done) return;
        if (abort.aborted) throw cancelled(err);
        const brokeOff = `the download broke off after ${received}${total === null ? '' : ` of ${total}`} bytes`;
        if (!resumable) {
          throw new SourceError(`${file}: ${brokeOff} (${causeOf(err)}) and ${host} does not support resuming`, {
            cause: err,
          });
        }
        if (failures >= retries) {
          throw new SourceError(`${file}: ${brokeOff} (${causeOf(err)}${attempts()})`, { cause: err });
        }
        await backoff(err);
        ({ req, res, total } = await resume(`${brokeOff} (${causeOf(err)})`));
      }
    }
  };
  pump().catch((err) => finish(err instanceof SourceError ? err : new SourceError(`${file}: ${causeOf(err)}`)));

  return {
    status: 'ok',
    body,
    state,
    bytesRead: () => received,
    get bytesTotal() {
      return total;
    },
  };
}
