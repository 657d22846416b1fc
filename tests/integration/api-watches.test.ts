import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as deleteOne, GET as getOne, PATCH as patchOne } from '../../app/api/v1/watches/[id]/route';
import * as watchesRoute from '../../app/api/v1/watches/route';
import { db } from '../../lib/db/client';
import { type CallOptions, call, createUserWithToken, loadSamples, setUpFreshDatabase } from '../helpers/api';

// /api/v1/watches and /api/v1/watches/{id}: create, list, read, change and delete viewings
// through the route handlers, with validation, 404s and one user never seeing another's.

const databaseUrl = await setUpFreshDatabase();

const list = (token: string | undefined, query = '') =>
  call(watchesRoute.GET, 'GET', `/api/v1/watches${query}`, { token });
const create = (token: string | undefined, body: unknown, options: CallOptions = {}) =>
  call(watchesRoute.POST, 'POST', '/api/v1/watches', { token, body, ...options });
const one = (
  method: 'GET' | 'PATCH' | 'DELETE',
  token: string | undefined,
  id: number | string,
  body?: unknown,
  options: CallOptions = {},
) =>
  call({ GET: getOne, PATCH: patchOne, DELETE: deleteOne }[method], method, `/api/v1/watches/${id}`, {
    token,
    body,
    params: { id: String(id) },
    ...options,
  });
// For the tests of wrong bodies: these are not checked against the API document (the answers are).
const wrong = { unchecked: 'request' } as const;

let alice: string;
let bob: string;
let aliceId: number;

beforeAll(async () => {
  await loadSamples(databaseUrl);
  ({ id: aliceId, token: alice } = await createUserWithToken('alice'));
  ({ token: bob } = await createUserWithToken('bob'));
});

describe('without a session or token', () => {
  it('every route answers 401', async () => {
    for (const response of [
      await list(undefined),
      await create(undefined, { tconst: 'tt0000439', watchedOn: '2025-01-10' }),
      await one('GET', undefined, 1),
      await one('PATCH', undefined, 1, { grade: 5 }),
      await one('DELETE', undefined, 1),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthorized');
    }
  });
});

describe('POST /api/v1/watches', () => {
  it('logs a viewing and answers 201 with it', async () => {
    const { status, body, headers } = await create(alice, {
      tconst: 'tt0000439',
      watchedOn: '2025-01-10',
      grade: 8.5,
      tags: ['silent', 'western', 'Silent'],
      companions: ['Sam'],
      place: 'Cinema',
      review: 'Still thrilling.',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      tconst: 'tt0000439',
      watchedOn: '2025-01-10',
      datePrecision: 'day',
      grade: 8.5,
      rewatch: false,
      tags: ['silent', 'western'],
      companions: ['Sam'],
      place: 'Cinema',
      review: 'Still thrilling.',
      title: 'The Great Train Robbery',
      year: 1903,
    });
    expect(headers.get('location')).toBe(`/api/v1/watches/${body.id}`);
  });

  it('keeps a partial date in its precision', async () => {
    const { status, body } = await create(alice, { tconst: 'tt0000001', watchedOn: '2019' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ watchedOn: '2019', datePrecision: 'year', grade: null });
  });

  it('answers 400 with a message per field', async () => {
    const { status, body } = await create(
      alice,
      { tconst: 'nope', watchedOn: '2025-02-30', grade: 7.3, tags: 'x' },
      wrong,
    );
    expect(status).toBe(400);
    expect(body.error).toBe('invalid');
    expect(body.fields.tconst).toEqual(['An IMDb title id looks like tt0111161.']);
    expect(body.fields.watchedOn).toEqual(['There is no such day.']);
    expect(body.fields.grade).toEqual(['Grades go in half steps: 7, 7.5, 8…']);
    expect(Object.keys(body.fields).sort()).toEqual(['grade', 'tconst', 'watchedOn']);

    const missing = await create(alice, {}, wrong);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields).sort()).toEqual(['tconst', 'watchedOn']);

    const options = await create(alice, { tconst: 'tt0000439', watchedOn: '', removeFromWatchlist: 'yes' }, wrong);
    expect(options.body.fields).toEqual({ removeFromWatchlist: ['removeFromWatchlist is true or false.'] });
  });

  it('answers 400 for a body that is not a JSON object', async () => {
    for (const body of ['not json', '[1, 2]', 'null']) {
      const response = await create(alice, body, wrong);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: 'invalid', fields: { body: [expect.any(String)] } });
    }
  });

  it('refuses a title the data does not have, unless `provisional` names it', async () => {
    const unknown = await create(alice, { tconst: 'tt9999999', watchedOn: '2025-01-01' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.tconst[0]).toMatch(/No title with this id/);

    const provisional = await create(alice, {
      tconst: 'tt9999999',
      watchedOn: '2025-01-01',
      provisional: { title: 'Brand New', year: 2025, type: 'movie', source: 'imdb-web' },
    });
    expect(provisional.status).toBe(201);
    expect(provisional.body).toMatchObject({ title: 'Brand New', year: 2025, provisional: true });
  });

  it('takes the title off the watchlist when asked', async () => {
    await db().watchlistEntry.create({ data: { userId: aliceId, tconst: 'tt0000003' } });
    const { status } = await create(alice, { tconst: 'tt0000003', watchedOn: '2025-03-01', removeFromWatchlist: true });
    expect(status).toBe(201);
    expect(await db().watchlistEntry.count({ where: { userId: aliceId, tconst: 'tt0000003' } })).toBe(0);
  });
});

describe('GET /api/v1/watches', () => {
  it('lists the caller’s viewings newest first, with filters and pages', async () => {
    const all = await list(alice);
    expect(all.status).toBe(200);
    expect(all.body.watches.map((w: { watchedOn: string }) => w.watchedOn)).toEqual([
      '2025-03-01',
      '2025-01-10',
      '2025-01-01',
      '2019',
    ]);
    expect(all.body.nextCursor).toBeNull();

    const graded = await list(alice, '?grade=8');
    expect(graded.body.watches.map((w: { tconst: string }) => w.tconst)).toEqual(['tt0000439']);
    const tagged = await list(alice, '?tag=western&year=2025');
    expect(tagged.body.watches).toHaveLength(1);

    const first = await list(alice, '?limit=2');
    expect(first.body.watches).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(alice, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.watches.map((w: { watchedOn: string }) => w.watchedOn)).toEqual(['2025-01-01', '2019']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 400 for bad filters', async () => {
    const { status, body } = await list(alice, '?limit=0&year=abc&grade=11');
    expect(status).toBe(400);
    expect(Object.keys(body.fields).sort()).toEqual(['grade', 'limit', 'year']);
    expect(body.fields.limit).toEqual(['The limit is at least 1.']);
  });

  it('never shows another user’s viewings', async () => {
    const { body } = await list(bob);
    expect(body).toEqual({ watches: [], nextCursor: null });
  });
});

describe('/api/v1/watches/{id}', () => {
  let id: number;

  beforeAll(async () => {
    const { body } = await create(alice, { tconst: 'tt0000439', watchedOn: '2024-06', grade: 6, rewatch: true });
    id = body.id;
  });

  it('GET gives one viewing', async () => {
    const { status, body } = await one('GET', alice, id);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id,
      tconst: 'tt0000439',
      watchedOn: '2024-06',
      datePrecision: 'month',
      rewatch: true,
    });
  });

  it('PATCH changes only the fields given', async () => {
    const { status, body } = await one('PATCH', alice, id, { grade: 7.5, review: 'Better than I remembered.' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      grade: 7.5,
      review: 'Better than I remembered.',
      watchedOn: '2024-06',
      rewatch: true,
    });
    const cleared = await one('PATCH', alice, id, { grade: null, watchedOn: '' });
    expect(cleared.body).toMatchObject({ grade: null, watchedOn: null, datePrecision: 'unknown' });
  });

  it('PATCH answers 400 with field messages', async () => {
    const { status, body } = await one(
      'PATCH',
      alice,
      id,
      { grade: 0, watchedOn: '3000-01-01', rewatch: 'maybe' },
      wrong,
    );
    expect(status).toBe(400);
    expect(body.fields).toEqual({
      grade: ['Grades go from 0.5 to 10.'],
      watchedOn: ['That is in the future.'],
      rewatch: ['Expected true or false.'],
    });
    expect((await one('PATCH', alice, id, '"text"', wrong)).status).toBe(400);
  });

  it('answers 400 for an id that is not one, and 404 for an unknown one', async () => {
    const bad = await one('GET', alice, 'abc');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.id).toEqual(['A watch id is a positive whole number.']);
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const response = await one(method, alice, 999_999, method === 'PATCH' ? { grade: 5 } : undefined);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: 'not_found' });
    }
  });

  it('is 404 for another user: they can neither read, change nor delete it', async () => {
    expect((await one('GET', bob, id)).status).toBe(404);
    expect((await one('PATCH', bob, id, { grade: 1 })).status).toBe(404);
    expect((await one('DELETE', bob, id)).status).toBe(404);
    expect((await one('GET', alice, id)).body.grade).toBeNull();
  });

  it('DELETE answers 204, after which the viewing is gone', async () => {
    const deleted = await one('DELETE', alice, id);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect((await one('GET', alice, id)).status).toBe(404);
    expect((await one('DELETE', alice, id)).status).toBe(404);
    const { body } = await list(alice);
    expect(body.watches.map((w: { id: number }) => w.id)).not.toContain(id);
  });
});
