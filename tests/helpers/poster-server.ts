import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';

// A local stand-in for IMDb's suggestion endpoint and image host: every suggestion query gets the
// real saved answer (../shared/realdata/SOURCES.md, imdb-web/), every image path a JPEG made here,
// as wide as the size in its name asks ("…_V1_UX300_.jpg": 300 × 450).

const SAVED = path.resolve('../shared/realdata/imdb-web/suggestion-2026_the-odyssey.json');

/**
 * Titles of the bundled sample data (etl/sample) that the stand-in answers for with one item of
 * the saved answer, under the sample title's id: search reads the local data only, so its
 * end-to-end test needs a sample title with a poster. The Great Train Robbery (1903) gets the
 * image of 2001: A Space Odyssey (tt0062622). The saved file itself is never changed.
 */
const SAMPLE_STAND_INS: Record<string, string> = { tt0000439: 'tt0062622' };

/** The answer to a suggestion query for `query` (the path's last part, without .json). */
function suggestionFor(saved: Buffer, query: string): Buffer {
  const item = SAMPLE_STAND_INS[query];
  if (!item) return saved;
  const answer = JSON.parse(saved.toString('utf8')) as { d: { id: string }[] };
  return Buffer.from(JSON.stringify({ ...answer, d: answer.d.map((d) => (d.id === item ? { ...d, id: query } : d)) }));
}

type PosterServerMode = 'ok' | 'fail';

export interface PosterServer {
  url: string;
  /** Every request's path, in order. */
  requests: string[];
  /** `fail`: every answer is a 503. */
  mode: PosterServerMode;
  close: () => Promise<void>;
}

/** A poster-like JPEG, a sunset over hills (no title: it stands in for any film), in a poster's proportions (2:3). */
async function testPoster(width: number): Promise<Buffer> {
  const height = Math.round(width * 1.5);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 200 300">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d3b5c"/><stop offset="0.6" stop-color="#b5652b"/><stop offset="1" stop-color="#1a1208"/>
    </linearGradient></defs>
    <rect width="200" height="300" fill="url(#g)"/>
    <circle cx="100" cy="120" r="46" fill="#f3d9a4" opacity="0.85"/>
    <path d="M0 214 L60 176 L104 204 L152 168 L200 196 L200 300 L0 300 Z" fill="#0f0a05" opacity="0.7"/>
  </svg>`;
  // Film grain (the same every time), so that the file weighs about what a photograph does.
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 7;
  for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    data[i] = Math.max(0, Math.min(255, data[i] + (seed >>> 27) - 16));
  }
  return sharp(data, { raw: info }).jpeg({ quality: 80 }).toBuffer();
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
      const query = decodeURIComponent(path.posix.basename(pathname, '.json'));
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(suggestionFor(suggestion, query));
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
