import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { searchImdbOnline } from './fetch';
import { REALDATA } from './saved-pages.test-helper';

const read = (name: string) => readFileSync(path.join(REALDATA, name));
const FILES: Record<string, { body: Buffer; type: string }> = {
  '/suggestion/x/the%20odyssey.json': { body: read('suggestion-2026_the-odyssey.json'), type: 'application/json' },
  '/find/?q=The%20Odyssey&s=tt': { body: read('find-2026-nextjs_q-The-Odyssey-2026.html'), type: 'text/html' },
  '/search/title/?title=The%20Odyssey': {
    body: read('advanced-search-2025-fragment_ipc-metadata-list.html'),
    type: 'text/html',
  },
};

// The first path segment says how this "IMDb" behaves; the rest is the real request path.
const MODES = ['ok', 'status500', 'hang', 'garbage'] as const;
type Mode = (typeof MODES)[number];

let requests: { url: string; headers: IncomingHttpHeaders }[] = [];
let base = '';
let refusedBase = '';
const server = http.createServer((req, res) => {
  const [, mode, ...rest] = (req.url ?? '').split('/');
  const realPath = `/${rest.join('/')}`;
  requests.push({ url: realPath, headers: req.headers });
  if ((mode as Mode) === 'hang') return; // never answers
  if (mode === 'status500') return void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('oops');
  if (mode === 'garbage')
    return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Hi</body></html>');
  const file = FILES[realPath];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length }).end(file.body);
});

const at = (mode: Mode) => `${base}/${mode}`;
const everywhere = (mode: Mode) => ({ suggestion: at(mode), find: at(mode), 'advanced-search': at(mode) });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free: connecting to it is refused.
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
});

describe('searchImdbOnline against a local server with the saved pages', () => {
  it('answers from the suggestion endpoint alone when it finds something', async () => {
    const outcome = await searchImdbOnline('The Odyssey', { baseUrls: everywhere('ok') });
    expect(outcome.errors).toEqual([]);
    expect(outcome.results).toHaveLength(8);
    expect(outcome.results[0]).toMatchObject({
      tconst: 'tt33764258',
      title: 'The Odyssey',
      year: 2026,
      source: 'suggestion',
    });
    expect(requests.map((request) => request.url)).toEqual(['/suggestion/x/the%20odyssey.json']);
    expect(requests[0].headers['user-agent']).toBe('my-movie-journal (+self-hosted)');
    expect(requests[0].headers['accept-language']).toBe('en-US');
  });

  it('falls back to the find page when the suggestion endpoint answers 500', async () => {
    const outcome = await searchImdbOnline('The Odyssey', {
      baseUrls: { suggestion: at('status500'), find: at('ok'), 'advanced-search': at('ok') },
    });
    expect(outcome.errors).toEqual(['IMDb suggestions: HTTP 500 Internal Server Error']);
    expect(outcome.results.map((title) => title.tconst)).toEqual([
      'tt33764258',
      'tt9685342',
      'tt9551928',
      'tt26421133',
      'tt37024829',
    ]);
    expect(outcome.results.every((title) => title.source === 'find')).toBe(true);
    expect(requests.map((request) => request.url)).toEqual([
      '/suggestion/x/the%20odyssey.json',
      '/find/?q=The%20Odyssey&s=tt',
    ]);
  });

  it('lists one error per source and throws nothing when all of IMDb is down', async () => {
    const outcome = await searchImdbOnline('The Odyssey', {
      baseUrls: { suggestion: at('status500'), find: refusedBase, 'advanced-search': at('garbage') },
    });
    expect(outcome.results).toEqual([]);
    expect(outcome.errors).toEqual([
      'IMDb suggestions: HTTP 500 Internal Server Error',
      'IMDb find page: network error (ECONNREFUSED)',
      'IMDb advanced search: layout not recognised (no result list)',
    ]);
  });

  it('reports a find page of unknown layout with the parser’s message', async () => {
    const outcome = await searchImdbOnline('The Odyssey', {
      baseUrls: { suggestion: at('garbage'), find: at('garbage'), 'advanced-search': at('ok') },
    });
    expect(outcome.errors).toEqual([
      'IMDb suggestions: layout not recognised (the answer is not JSON)',
      'IMDb find page: layout not recognised (no __NEXT_DATA__ title results and no result list)',
    ]);
    expect(outcome.results).toHaveLength(50);
    expect(outcome.results[0]).toMatchObject({ tconst: 'tt3581920', rating: 8.7, source: 'advanced-search' });
  });

  it('gives up on a server that never answers within the timeout', async () => {
    const started = performance.now();
    const outcome = await searchImdbOnline('The Odyssey', {
      baseUrls: { suggestion: at('hang'), find: at('ok'), 'advanced-search': at('ok') },
      timeoutMs: 300,
    });
    const elapsed = performance.now() - started;
    expect(outcome.errors).toEqual(['IMDb suggestions: no answer within 300 ms']);
    expect(outcome.results).toHaveLength(5);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
  });

  it('bounds the whole search by the per-source timeout when every source hangs', async () => {
    const started = performance.now();
    const outcome = await searchImdbOnline('The Odyssey', { baseUrls: everywhere('hang'), timeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(3 * 200 + 1000);
    expect(outcome).toEqual({
      results: [],
      errors: [
        'IMDb suggestions: no answer within 200 ms',
        'IMDb find page: no answer within 200 ms',
        'IMDb advanced search: no answer within 200 ms',
      ],
    });
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await searchImdbOnline('The Odyssey', {
      baseUrls: everywhere('hang'),
      timeoutMs: 5000,
      signal: controller.signal,
    });
    expect(outcome).toEqual({ results: [], errors: ['IMDb suggestions: cancelled'] });
  });

  it('times out even with a fetchImpl that ignores the abort signal', async () => {
    const neverSettles: typeof fetch = () => new Promise<Response>(() => {});
    const outcome = await searchImdbOnline('The Odyssey', { fetchImpl: neverSettles, timeoutMs: 50 });
    expect(outcome.errors).toHaveLength(3);
    expect(outcome.errors[0]).toBe('IMDb suggestions: no answer within 50 ms');
  });

  it('asks every source and merges by tconst with allSources', async () => {
    const outcome = await searchImdbOnline('The Odyssey', { baseUrls: everywhere('ok'), allSources: true });
    expect(outcome.errors).toEqual([]);
    expect(requests).toHaveLength(3);
    // 8 suggestions + 5 find results (The Odyssey 2026 is in both) + 50 unrelated advanced-search results.
    expect(outcome.results).toHaveLength(8 + 4 + 50);
    expect(outcome.results.filter((title) => title.tconst === 'tt33764258')).toEqual([
      { tconst: 'tt33764258', title: 'The Odyssey', year: 2026, type: 'movie', votes: 0, source: 'suggestion' },
    ]);
    expect(outcome.results.find((title) => title.tconst === 'tt9685342')).toMatchObject({
      rating: 6.2,
      source: 'find',
    });
  });

  it('sends no request for an empty query', async () => {
    expect(await searchImdbOnline('   ', { baseUrls: everywhere('ok') })).toEqual({ results: [], errors: [] });
    expect(requests).toEqual([]);
  });
});
