import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';

// A local stand-in for IMDb's suggestion endpoint and image host: every suggestion query gets the
// real saved answer (../shared/realdata/SOURCES.md, imdb-web/), every image path a JPEG made here,
// as wide as the size in its name asks ("…_V1_UX300_.jpg": 300 × 450).

const SAVED = path.resolve('../shared/realdata/imdb-web/suggestion-2026_the-odyssey.json');

type PosterServerMode = 'ok' | 'fail';

export interface PosterServer {
  url: string;
  /** Every request's path, in order. */
  requests: string[];
  /** `fail`: every answer is a 503. */
  mode: PosterServerMode;
  close: () => Promise<void>;
}

/** A poster-like JPEG: a dark gradient with a title, in the proportions of a poster (2:3). */
function testPoster(width: number): Promise<Buffer> {
  const height = Math.round(width * 1.5);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 200 300">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d3b5c"/><stop offset="0.6" stop-color="#b5652b"/><stop offset="1" stop-color="#1a1208"/>
    </linearGradient></defs>
    <rect width="200" height="300" fill="url(#g)"/>
    <circle cx="100" cy="120" r="46" fill="#f3d9a4" opacity="0.85"/>
    <text x="100" y="230" font-family="serif" font-size="26" font-weight="bold" fill="#fff" text-anchor="middle">THE</text>
    <text x="100" y="262" font-family="serif" font-size="30" font-weight="bold" fill="#fff" text-anchor="middle">ODYSSEY</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

export async function startPosterServer(port = 0): Promise<PosterServer> {
  const suggestion = readFileSync(SAVED);
  const images = new Map<number, Promise<Buffer>>();
  const state: PosterServer = { url: '', requests: [], mode: 'ok', close: async () => undefined };
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://local');
    if (pathname === '/health') return void res.writeHead(200).end('ok');
    state.requests.push(pathname);
    if (state.mode === 'fail') return void res.writeHead(503).end();
    if (pathname.startsWith('/suggestion/')) {
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(suggestion);
    }
    if (pathname.startsWith('/images/')) {
      const width = Math.min(Number(/_UX(\d+)_/.exec(pathname)?.[1] ?? 600), 1000);
      if (!images.has(width)) images.set(width, testPoster(width));
      const body = await (images.get(width) as Promise<Buffer>);
      return void res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': body.length }).end(body);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
