import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE, describeSource, type OpenedFile, openDatasetFile, SourceError } from './index';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/realdata/imdb');
const ratings = readFileSync(path.join(SAMPLES, 'title.ratings.tsv'));
const basics = readFileSync(path.join(SAMPLES, 'title.basics.tsv'));
const ratingsGz = gzipSync(ratings);
const basicsGz = gzipSync(basics);
const FILE = 'title.ratings.tsv.gz';
const LAST_MODIFIED = 'Sun, 22 Nov 2026 03:00:00 GMT';
const fast = { retryBaseMs: 10 };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler;
let requests: IncomingHttpHeaders[] = [];
let base: string;
const server = http.createServer((req, res) => {
  requests.push(req.headers);
  handler(req, res);
});

interface ServeOptions {
  etag?: string | null;
  ranges?: boolean;
  /** The first full response stops after this many bytes: 'drop' closes the connection, 'stall' goes silent. */
  breakAt?: { bytes: number; how: 'drop' | 'stall' };
}

/** A static-file server in the manner of the dataset host: validators, 304s and byte ranges. */
function serve(gz: Buffer, options: ServeOptions = {}): Handler {
  const etag = options.etag === undefined ? '"v1"' : options.etag;
  let fullResponses = 0;
  return (req, res) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/x-gzip', 'Last-Modified': LAST_MODIFIED };
    if (etag) headers.ETag = etag;
    if (options.ranges) headers['Accept-Ranges'] = 'bytes';
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (options.ranges && range && req.headers['if-range'] === (etag ?? LAST_MODIFIED)) {
      const start = Number(range[1]);
      const contentRange = `bytes ${start}-${gz.length - 1}/${gz.length}`;
      res.writeHead(206, { ...headers, 'Content-Length': gz.length - start, 'Content-Range': contentRange });
      res.end(gz.subarray(start));
      return;
    }
    fullResponses++;
    res.writeHead(200, { ...headers, 'Content-Length': gz.length });
    const breakAt = options.breakAt;
    if (fullResponses === 1 && breakAt) {
      res.write(gz.subarray(0, breakAt.bytes), () => {
        if (breakAt.how === 'drop') res.socket?.destroy();
      });
      return;
    }
    res.end(gz);
  };
}

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function expectOk(opened: OpenedFile) {
  if (opened.status !== 'ok') throw new Error(`expected a download, got ${opened.status}`);
  return opened;
}

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
});

describe('HTTP source', () => {
  it('streams the decompressed file and remembers its validators', async () => {
    handler = serve(ratingsGz);
    const opened = expectOk(await openDatasetFile(base, FILE, null, fast));
    expect(opened.state).toEqual({ etag: '"v1"', lastModified: LAST_MODIFIED });
    expect(opened.bytesTotal).toBe(ratingsGz.length);
    expect((await readAll(opened.body)).equals(ratings)).toBe(true);
    expect(opened.bytesRead()).toBe(ratingsGz.length);
    expect(requests).toHaveLength(1);
    expect(requests[0]['user-agent']).toBe('my-movie-journal-etl (+self-hosted; weekly)');
    expect(requests[0]['if-none-match']).toBeUndefined();
  });

  it('sends the remembered validators and reports 304 as unchanged', async () => {
    handler = serve(ratingsGz);
    const state = { etag: '"v1"', lastModified: LAST_MODIFIED };
    expect(await openDatasetFile(`${base}/`, FILE, state, fast)).toEqual({ status: 'unchanged' });
    expect(requests[0]['if-none-match']).toBe('"v1"');
    expect(requests[0]['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('downloads everything again when forced', async () => {
    handler = serve(ratingsGz);
    const state = { etag: '"v1"', lastModified: LAST_MODIFIED };
    const opened = expectOk(await openDatasetFile(base, FILE, state, { ...fast, force: true }));
    expect((await readAll(opened.body)).equals(ratings)).toBe(true);
    expect(requests[0]['if-none-match']).toBeUndefined();
    expect(requests[0]['if-modified-since']).toBeUndefined();
  });

  it('fails the body, never ends it, when the gzip is truncated', async () => {
    handler = serve(ratingsGz.subarray(0, Math.floor(ratingsGz.length / 2)));
    const opened = expectOk(await openDatasetFile(base, FILE, null, fast));
    const error = await readAll(opened.body).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(
      `${FILE}: the download is truncated or not valid gzip (unexpected end of file)`,
    );
  });

  it('fails the body when the gzip is corrupt', async () => {
    const corrupt = Buffer.from(ratingsGz);
    for (let i = 200; i < 240; i++) corrupt[i] ^= 0xff;
    handler = serve(corrupt);
    const opened = expectOk(await openDatasetFile(base, FILE, null, fast));
    await expect(readAll(opened.body)).rejects.toThrow(/^title\.ratings\.tsv\.gz: .*not valid gzip/);
  });

  it('retries server errors with backoff', async () => {
    const ok = serve(ratingsGz);
    handler = (req, res) => (requests.length <= 2 ? res.writeHead(500).end() : ok(req, res));
    const opened = expectOk(await openDatasetFile(base, FILE, null, fast));
    expect((await readAll(opened.body)).equals(ratings)).toBe(true);
    expect(requests).toHaveLength(3);
  });

  it('gives up once the retries are spent', async () => {
    handler = (_req, res) => res.writeHead(503).end();
    const error = await openDatasetFile(base, FILE, null, { ...fast, retries: 2 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(
      `${FILE}: ${new URL(base).host} answered 503 Service Unavailable (3 attempts)`,
    );
    expect(requests).toHaveLength(3);
  });

  it('fails at once on 404, naming the file and the status', async () => {
    handler = (_req, res) => res.writeHead(404).end('not here');
    const error = await openDatasetFile(base, FILE, null, fast).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(`${FILE}: ${new URL(base).host} answered 404 Not Found`);
    expect(requests).toHaveLength(1);
  });

  it('follows redirects', async () => {
    const ok = serve(ratingsGz);
    handler = (req, res) =>
      req.url === `/${FILE}` ? res.writeHead(302, { Location: `/mirror/${FILE}` }).end() : ok(req, res);
    const opened = expectOk(await openDatasetFile(base, FILE, null, fast));
    expect((await readAll(opened.body)).equals(ratings)).toBe(true);
    expect(requests).toHaveLength(2);
  });

  it('resumes with a Range request when the connection drops mid-body', async () => {
    const cut = Math.floor(basicsGz.length / 2);
    handler = serve(basicsGz, { ranges: true, breakAt: { bytes: cut, how: 'drop' } });
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, fast));
    expect((await readAll(opened.body)).equals(basics)).toBe(true);
    expect(opened.bytesRead()).toBe(basicsGz.length);
    expect(opened.bytesTotal).toBe(basicsGz.length);
    expect(requests).toHaveLength(2);
    expect(requests[1].range).toBe(`bytes=${cut}-`);
    expect(requests[1]['if-range']).toBe('"v1"');
  });

  it('resumes with If-Range on Last-Modified when the server has no strong ETag', async () => {
    const cut = 10_000;
    handler = serve(basicsGz, { etag: null, ranges: true, breakAt: { bytes: cut, how: 'drop' } });
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, fast));
    expect((await readAll(opened.body)).equals(basics)).toBe(true);
    expect(requests[1]['if-range']).toBe(LAST_MODIFIED);
  });

  it('resumes after the body goes silent for longer than the timeout', async () => {
    handler = serve(basicsGz, { ranges: true, breakAt: { bytes: 8_000, how: 'stall' } });
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, { ...fast, timeoutMs: 300 }));
    expect((await readAll(opened.body)).equals(basics)).toBe(true);
    expect(requests[1].range).toBe('bytes=8000-');
  });

  it('does not count a slow consumer as an idle connection', async () => {
    // Large enough (about 0.8 MB compressed) that backpressure reaches the socket.
    const large = Buffer.concat(Array.from({ length: 20 }, () => basics));
    handler = serve(gzipSync(large), { ranges: true });
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, { ...fast, timeoutMs: 200 }));
    const chunks: Buffer[] = [];
    for await (const chunk of opened.body) {
      if (chunks.length === 0) await sleep(600);
      chunks.push(chunk);
    }
    expect(opened.bytesRead()).toBe(opened.bytesTotal);
    expect(Buffer.concat(chunks).equals(large)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('fails the body when the connection drops and the server cannot resume', async () => {
    handler = serve(basicsGz, { breakAt: { bytes: 10_000, how: 'drop' } });
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, fast));
    await expect(readAll(opened.body)).rejects.toThrow(
      /^title\.basics\.tsv\.gz: the download broke off after 10000 of \d+ bytes \(.+\) and .+ does not support resuming$/,
    );
  });

  it('cancels through the signal', async () => {
    handler = serve(basicsGz, { ranges: true, breakAt: { bytes: 8_000, how: 'stall' } });
    const controller = new AbortController();
    const opened = expectOk(await openDatasetFile(base, 'title.basics.tsv.gz', null, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expect(readAll(opened.body)).rejects.toThrow(`title.basics.tsv.gz: the download was cancelled`);
  });

  it('explains an unreachable host in one line', async () => {
    const error = await openDatasetFile('http://127.0.0.1:1/', FILE, null, { ...fast, retries: 1 }).catch(
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(
      /^title\.ratings\.tsv\.gz: cannot reach 127\.0\.0\.1:1 \(connect ECONNREFUSED 127\.0\.0\.1:1, 2 attempts\) — check the network or use --source DIR$/,
    );
  });

  it('describes sources for logs', () => {
    expect(DEFAULT_SOURCE).toBe('https://datasets.imdbws.com/');
    expect(describeSource(DEFAULT_SOURCE)).toBe('datasets.imdbws.com');
    expect(describeSource('http://127.0.0.1:8080/imdb')).toBe('127.0.0.1:8080');
    expect(describeSource(path.join(path.sep, 'srv', 'imdb'))).toBe(path.join(path.sep, 'srv', 'imdb'));
  });
});
