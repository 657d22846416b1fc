import { beforeAll, describe, expect, it } from 'vitest';
import * as entryRoute from '../../app/api/v1/watchlist/[tconst]/route';
import * as watchlistRoute from '../../app/api/v1/watchlist/route';
import { type CallOptions, call, createUserWithToken, loadSamples, setUpFreshDatabase } from '../helpers/api';

// /api/v1/watchlist and /api/v1/watchlist/{tconst} through the route handlers.

const databaseUrl = await setUpFreshDatabase();

const list = (token: string | undefined, query = '') =>
  call(watchlistRoute.GET, 'GET', `/api/v1/watchlist${query}`, { token });
const add = (token: string | undefined, body: unknown, options: CallOptions = {}) =>
  call(watchlistRoute.POST, 'POST', '/api/v1/watchlist', { token, body, ...options });
// Without headers: a test compares the whole answer with toEqual.
const remove = async (token: string | undefined, tconst: string) => {
  const { status, body } = await call(entryRoute.DELETE, 'DELETE', `/api/v1/watchlist/${tconst}`, {
    token,
    params: { tconst },
  });
  return { status, body };
};

let alice: string;
let bob: string;

beforeAll(async () => {
  await loadSamples(databaseUrl);
  alice = (await createUserWithToken('alice')).token;
  bob = (await createUserWithToken('bob')).token;
});

describe('/api/v1/watchlist', () => {
  it('answers 401 without a session or token', async () => {
    for (const response of [
      await list(undefined),
      await add(undefined, { tconst: 'tt0000439' }),
      await remove(undefined, 'tt0000439'),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthorized');
    }
  });

  it('POST adds a title: 201 the first time, 200 after', async () => {
    const first = await add(alice, { tconst: 'tt0000439', note: '  for a rainy day ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ tconst: 'tt0000439', note: 'for a rainy day', addedAt: expect.any(String) });
    const again = await add(alice, { tconst: 'tt0000439' });
    expect(again.status).toBe(200);
    expect(again.body.note).toBe('for a rainy day');
    expect((await add(alice, { tconst: 'tt0000001' })).status).toBe(201);
  });

  it('POST answers 400 with field messages', async () => {
    // Wrong bodies on purpose: not checked against the API document (the answers are).
    const wrong = { unchecked: 'request' } as const;
    const bad = await add(alice, { tconst: 'tt12', note: 5 }, wrong);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: 'invalid',
      fields: { tconst: ['An IMDb title id looks like tt0111161.'], note: ['A note is text.'] },
    });
    const unknown = await add(alice, { tconst: 'tt9999999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual({ tconst: ['No title with this id in the IMDb data.'] });
    expect((await add(alice, 'no json', wrong)).body.fields.body).toHaveLength(1);
  });

  it('GET lists the caller’s titles, sorted as asked', async () => {
    const { status, body } = await list(alice);
    expect(status).toBe(200);
    expect(body.items.map((i: { tconst: string }) => i.tconst)).toEqual(['tt0000001', 'tt0000439']);
    expect(body.items[1]).toMatchObject({
      title: 'The Great Train Robbery',
      rating: 7.2,
      runtimeMinutes: 11,
      seen: false,
    });
    const byRating = await list(alice, '?sort=rating');
    expect(byRating.body.items.map((i: { rating: number }) => i.rating)).toEqual([7.2, 5.7]);
    const byYear = await list(alice, '?sort=year&order=asc');
    expect(byYear.body.items.map((i: { startYear: number }) => i.startYear)).toEqual([1894, 1903]);
  });

  it('GET answers 400 for an unknown sort or order', async () => {
    const { status, body } = await list(alice, '?sort=title&order=up');
    expect(status).toBe(400);
    expect(body.fields).toEqual({
      sort: ['Sort by added, rating, runtime, year.'],
      order: ['The order is asc or desc.'],
    });
  });

  it('keeps each user’s list apart', async () => {
    expect((await list(bob)).body.items).toEqual([]);
    expect((await remove(bob, 'tt0000439')).status).toBe(404);
    expect((await list(alice)).body.items).toHaveLength(2);
  });

  it('DELETE takes a title off: 204, then 404; 400 for a malformed id', async () => {
    const removed = await remove(alice, 'tt0000439');
    expect(removed.status).toBe(204);
    expect(removed.body).toBeNull();
    expect(await remove(alice, 'tt0000439')).toEqual({ status: 404, body: { error: 'not_found' } });
    const bad = await remove(alice, 'x');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.tconst).toHaveLength(1);
    expect((await list(alice)).body.items.map((i: { tconst: string }) => i.tconst)).toEqual(['tt0000001']);
  });
});
