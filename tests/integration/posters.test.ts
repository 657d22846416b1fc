import { readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as posterRoute from '../../app/api/v1/posters/[tconst]/route';
import { db } from '../../lib/db/client';
import { posterOf, postersFor } from '../../lib/posters/availability';
import { enforceCap, prune } from '../../lib/posters/cache';
import { imageTypeOf, posterFile } from '../../lib/posters/files';
import { PosterQueue, startPosterQueue } from '../../lib/posters/queue';
import { posterSettings } from '../../lib/posters/settings';
import { meetTitles, posterCounts } from '../../lib/posters/store';
import { setPostersSwitch } from '../../lib/posters/switch';
import { checkAnswer, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { posterCacheOnStandIn } from '../helpers/poster-cache';
import type { PosterServer } from '../helpers/poster-server';

// The poster cache against a local stand-in for IMDb serving the real saved suggestion answer:
// tt33764258 (The Odyssey, 2026) has an image, tt1424712 (The Odyssey, 2016 short) has none.

await setUpFreshDatabase();

const ODYSSEY = 'tt33764258';
const MINISERIES = 'tt0118414';
const SPACE_ODYSSEY = 'tt0062622';
const NO_IMAGE = 'tt1424712';

let server: PosterServer;
let dir: string;
let close: () => Promise<void>;
let token: string;

const settings = () => posterSettings();
const queue = () => new PosterQueue({ settings: settings(), perSecond: 100 });
const row = async (tconst: string) =>
  (
    await db().$queryRaw<{ state: string; image_url: string | null; retry_at: Date | null; attempts: number }[]>`
      SELECT state, image_url, retry_at, attempts FROM posters WHERE tconst = ${tconst}`
  )[0];
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  ({ server, dir, close } = await posterCacheOnStandIn());
  ({ token } = await createUserWithToken('viewer'));
});

afterAll(() => close());

beforeEach(() => {
  server.mode = 'ok';
  server.requests.length = 0;
  delete process.env.POSTERS;
  delete process.env.POSTERS_CACHE_MB;
});

describe('filling the cache', () => {
  it('looks a title up by its tconst and downloads both sizes', async () => {
    await meetTitles([ODYSSEY]);
    expect(await queue().runBatch()).toMatchObject({ claimed: 1, found: 1 });
    expect(server.requests[0]).toBe(`/suggestion/x/${ODYSSEY}.json`);
    // The real answer's image, in the two configured sizes, from the configured host.
    expect(server.requests.slice(1)).toEqual([
      expect.stringMatching(/^\/images\/M\/MV5BN2MyYjk2.*@\._V1_UX300_\.jpg$/),
      expect.stringMatching(/^\/images\/M\/MV5BN2MyYjk2.*@\._V1_UX150_\.jpg$/),
    ]);
    expect(await row(ODYSSEY)).toMatchObject({
      state: 'found',
      image_url: expect.stringContaining('m.media-amazon.com'),
    });
    for (const variant of ['large', 'small'] as const) {
      expect(imageTypeOf(await readFile(posterFile(dir, ODYSSEY, variant)))).toBe('image/jpeg');
    }
    expect(await posterOf(ODYSSEY)).toMatch(/^[0-9a-z]+$/);
  });

  it('serves the cached file with long caching, only to a signed-in caller', async () => {
    const version = await posterOf(ODYSSEY);
    const get = async (tconst: string, auth = true) => {
      const request = new Request(`http://localhost/api/v1/posters/${tconst}?size=small&v=${version}`, {
        headers: auth ? { authorization: `Bearer ${token}` } : {},
      });
      return checkAnswer(request, await posterRoute.GET(request, { params: Promise.resolve({ tconst }) }));
    };
    const ok = await get(ODYSSEY);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect(ok.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(await readFile(posterFile(dir, ODYSSEY, 'small')));
    expect((await get(NO_IMAGE)).status).toBe(404);
    expect((await get(ODYSSEY, false)).status).toBe(401);
    expect((await get('nonsense')).status).toBe(400);
  });

  it('remembers "no poster" and does not ask again for a month', async () => {
    await meetTitles([NO_IMAGE]);
    expect(await queue().runBatch()).toMatchObject({ claimed: 1, none: 1 });
    const none = await row(NO_IMAGE);
    expect(none.state).toBe('none');
    expect((none.retry_at?.getTime() ?? 0) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    server.requests.length = 0;
    await meetTitles([NO_IMAGE]);
    expect(await queue().runBatch()).toMatchObject({ claimed: 0 });
    expect(await posterOf(NO_IMAGE)).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('asks with the title and year when the tconst finds nothing', async () => {
    const { id } = await createUserWithToken('web-only');
    await db().$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, source)
      VALUES (${id}, 'tt9999991', 'Not On IMDb', 2025, 'imdb-web')`;
    await meetTitles(['tt9999991']);
    expect(await queue().runBatch()).toMatchObject({ none: 1 });
    expect(server.requests).toEqual(['/suggestion/x/tt9999991.json', '/suggestion/x/not%20on%20imdb%202025.json']);
  });

  it('stops at the first failure, and tries again once the retry time has come', async () => {
    server.mode = 'fail';
    await meetTitles([MINISERIES, SPACE_ODYSSEY]);
    const failed = await queue().runBatch();
    expect(failed).toMatchObject({ claimed: 2, failed: 1, error: 'HTTP 503 Service Unavailable' });
    expect(server.requests).toHaveLength(1);
    const first = await row(SPACE_ODYSSEY); // claimed first (tconst order within a batch)
    expect(first).toMatchObject({ state: 'failed', attempts: 1 });
    expect((first.retry_at?.getTime() ?? 0) - Date.now()).toBeGreaterThan(50 * 60_000);
    expect(PosterQueue.backoffMs(1)).toBe(30_000);
    expect(PosterQueue.backoffMs(20)).toBe(30 * 60_000);

    server.mode = 'ok';
    expect(await queue().runBatch()).toMatchObject({ claimed: 1, found: 1 }); // the released one
    expect(await queue().runBatch()).toMatchObject({ claimed: 0 }); // the failed one waits
    await db().$executeRaw`UPDATE posters SET retry_at = now() - interval '1 second' WHERE tconst = ${SPACE_ODYSSEY}`;
    expect(await queue().runBatch()).toMatchObject({ claimed: 1, found: 1 });
    expect(await row(SPACE_ODYSSEY)).toMatchObject({ state: 'found', attempts: 0 });
  });
});

describe('the size limit', () => {
  it('evicts the least recently shown posters first, and fetches them again when shown', async () => {
    const found = [ODYSSEY, MINISERIES, SPACE_ODYSSEY];
    for (const [index, tconst] of found.entries()) {
      await db().$executeRaw`UPDATE posters SET last_used_at = now() - ${`${10 - index} days`}::interval
        WHERE tconst = ${tconst}`;
    }
    const { bytes } = await posterCounts();
    const sizes = await db().$queryRaw<{ bytes: number }[]>`SELECT bytes FROM posters WHERE tconst = ${ODYSSEY}`;
    process.env.POSTERS_CACHE_MB = String((bytes - 1) / 1024 / 1024);
    expect(await enforceCap(settings())).toEqual({ evicted: 1, bytes: bytes - sizes[0].bytes });
    expect(await row(ODYSSEY)).toMatchObject({ state: 'evicted' });
    expect(await exists(posterFile(dir, ODYSSEY, 'large'))).toBe(false);
    expect(await exists(posterFile(dir, MINISERIES, 'large'))).toBe(true);

    // Shown again: queued, and downloaded from the URL already known (no lookup).
    delete process.env.POSTERS_CACHE_MB;
    expect(await postersFor([{ tconst: ODYSSEY }])).toEqual({});
    expect(await row(ODYSSEY)).toMatchObject({ state: 'pending' });
    server.requests.length = 0;
    expect(await queue().runBatch()).toMatchObject({ found: 1 });
    expect(server.requests.every((p) => p.startsWith('/images/'))).toBe(true);
  });

  it('prune removes files no found poster owns', async () => {
    await db().$executeRaw`DELETE FROM posters WHERE tconst = ${SPACE_ODYSSEY}`;
    expect(await prune(settings())).toMatchObject({ evicted: 0, orphans: 2 });
    expect(await exists(posterFile(dir, SPACE_ODYSSEY, 'small'))).toBe(false);
  });
});

/** The status the poster route answers a signed-in caller for `tconst`. */
async function posterRouteStatus(tconst: string): Promise<number> {
  const request = new Request(`http://localhost/api/v1/posters/${tconst}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await posterRoute.GET(request, { params: Promise.resolve({ tconst }) });
  return (await checkAnswer(request, response)).status;
}

describe('the owner’s switch in Settings', () => {
  it('off: no request at all, letter tiles, the route 404; on again: posters are looked up', async () => {
    await setPostersSwitch(false);
    try {
      const before = await posterCounts();
      expect(await postersFor([ODYSSEY, 'tt7777778'])).toEqual({});
      expect(await queue().runBatch()).toMatchObject({ claimed: 0 });
      expect(await posterRouteStatus(ODYSSEY)).toBe(404);
      expect(server.requests).toEqual([]);
      expect(await posterCounts()).toEqual(before);
    } finally {
      await setPostersSwitch(true);
    }
    expect(await postersFor([ODYSSEY])).toHaveProperty(ODYSSEY);
  });
});

describe('POSTERS=off', () => {
  it('sends no request at all and shows letter tiles', async () => {
    process.env.POSTERS = 'off';
    const before = await posterCounts();
    startPosterQueue();
    expect(await postersFor([ODYSSEY, 'tt7777777'])).toEqual({});
    expect(await posterRouteStatus(ODYSSEY)).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests).toEqual([]);
    expect(await posterCounts()).toEqual(before);
  });
});
