import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as imageRoute from '../../app/(app)/stats/[year]/image/route';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { PosterQueue } from '../../lib/posters/queue';
import { posterSettings } from '../../lib/posters/settings';
import { setPostersSwitch } from '../../lib/posters/switch';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { request, resetRequest } from '../helpers/next-request';
import { posterCacheOnStandIn } from '../helpers/poster-cache';
import type { PosterServer } from '../helpers/poster-server';

vi.mock('next/headers', () => import('../helpers/next-request'));

// The year in review's share image draws the cached posters of its top titles, read from the
// cache on the server, and letter tiles for the others; rendering never asks IMDb for anything.
// The stand-in for IMDb (tests/helpers/poster-server.ts) serves the real saved suggestion
// answer: The Odyssey (2026) has an image there, The Odyssey (2016) none.

await setUpFreshDatabase();

const TITLES: [tconst: string, title: string, year: number, grade: number][] = [
  ['tt33764258', 'The Odyssey', 2026, 10],
  ['tt1424712', 'The Odyssey', 2016, 9],
  ['tt9999990', 'Not On IMDb', 2025, 8],
];

let server: PosterServer;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, close } = await posterCacheOnStandIn());
  const user = await createUser('sharer');
  for (const [tconst, title, year, grade] of TITLES) {
    await db().$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
      VALUES (${user}, ${tconst}, ${title}, ${year}, 'movie', 'imdb-web')`;
    await db().$executeRaw`INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
      VALUES (${user}, ${tconst}, '2025-06-01', 'day', ${grade}, now())`;
  }
  resetRequest();
  request.cookies.set(SESSION_COOKIE, (await createSession(user)).token);
});

afterAll(() => close());

async function shareImage() {
  const response = await imageRoute.GET(new Request('http://localhost/stats/2025/image'), {
    params: Promise.resolve({ year: '2025' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const png = Buffer.from(await response.arrayBuffer());
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { png, data, info };
}

type Image = Awaited<ReturnType<typeof shareImage>>;

/** The box of the pixels that differ between two renders of the same size. */
function changedBox(a: Image, b: Image) {
  const { width, height, channels } = a.info;
  const box = { left: width, top: height, right: -1, bottom: -1 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      if (
        Math.abs(a.data[i] - b.data[i]) +
          Math.abs(a.data[i + 1] - b.data[i + 1]) +
          Math.abs(a.data[i + 2] - b.data[i + 2]) <
        24
      )
        continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return { ...box, width: box.right - box.left + 1, height: box.bottom - box.top + 1 };
}

describe('the share image', () => {
  let tiles: Image;

  it('renders letter tiles while nothing is cached, and asks IMDb nothing', async () => {
    tiles = await shareImage();
    expect(tiles.info).toMatchObject({ width: 1200, height: 630 });
    expect(server.requests).toEqual([]);
    // Seen, so queued for the background lookup.
    const queued = await db().$queryRaw<{ tconst: string }[]>`SELECT tconst FROM posters ORDER BY tconst`;
    expect(queued.map((r) => r.tconst)).toEqual(TITLES.map(([t]) => t).sort());
  });

  it('draws the cached poster in place of the first tile, and keeps the tiles of the others', async () => {
    await new PosterQueue({ settings: posterSettings(), perSecond: 100 }).runBatch();
    server.requests.length = 0;
    const withPoster = await shareImage();
    expect(server.requests).toEqual([]);
    expect(withPoster.png.length).toBeGreaterThan(tiles.png.length);

    // Only one poster-sized box changed: the first of the three (176 × 264, on the right half).
    const box = changedBox(tiles, withPoster);
    expect(box.width).toBeGreaterThan(150);
    expect(box.width).toBeLessThanOrEqual(176);
    expect(box.height).toBeGreaterThan(230);
    expect(box.height).toBeLessThanOrEqual(264);
    expect(box.left).toBeGreaterThan(500);

    // And it is the poster's picture: the box's middle has the stand-in JPEG's colour there.
    const jpeg = await (await fetch(`${server.url}/images/M/x._V1_UX300_.jpg`)).arrayBuffer();
    const scaled = await sharp(Buffer.from(jpeg)).resize(box.width, box.height).raw().toBuffer();
    const [x, y] = [Math.floor(box.width / 2), Math.floor(box.height * 0.75)];
    const expected = [...scaled.subarray((y * box.width + x) * 3, (y * box.width + x) * 3 + 3)];
    const i = ((box.top + y) * withPoster.info.width + box.left + x) * withPoster.info.channels;
    const actual = [...withPoster.data.subarray(i, i + 3)];
    for (const [c, value] of actual.entries()) expect(Math.abs(value - expected[c])).toBeLessThan(24);
  });

  it('turned off, posters are not drawn: the tiles again', async () => {
    await setPostersSwitch(false);
    try {
      expect(changedBox(tiles, await shareImage()).width).toBeLessThanOrEqual(0);
    } finally {
      await setPostersSwitch(true);
    }
  });
});
