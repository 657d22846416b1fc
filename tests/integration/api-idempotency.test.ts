import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as dismissRoute } from '../../app/api/v1/picks/dismissals/route';
import { POST as restoreOne } from '../../app/api/v1/watches/[id]/restore/route';
import { DELETE as deleteOne, PATCH as patchOne } from '../../app/api/v1/watches/[id]/route';
import * as watchesRoute from '../../app/api/v1/watches/route';
import { DELETE as unlist } from '../../app/api/v1/watchlist/[tconst]/route';
import * as watchlistRoute from '../../app/api/v1/watchlist/route';
import { db } from '../../lib/db/client';
import { type CallOptions, call, createUserWithToken, loadSamples, setUpFreshDatabase } from '../helpers/api';

// The write routes with an Idempotency-Key: a repeat of the same key by the same account gets
// the first answer and writes nothing, even when the repeats arrive at the same time.

const databaseUrl = await setUpFreshDatabase();

const keyed = (key: string) => ({ 'idempotency-key': key });
const create = (token: string, body: unknown, key?: string, options: CallOptions = {}) =>
  call(watchesRoute.POST, 'POST', '/api/v1/watches', { token, body, headers: key ? keyed(key) : {}, ...options });
const patch = (token: string, id: number, body: unknown, key: string) =>
  call(patchOne, 'PATCH', `/api/v1/watches/${id}`, { token, body, params: { id: String(id) }, headers: keyed(key) });
const remove = (token: string, id: number, key: string) =>
  call(deleteOne, 'DELETE', `/api/v1/watches/${id}`, { token, params: { id: String(id) }, headers: keyed(key) });
const restore = (token: string, id: number, key: string) =>
  call(restoreOne, 'POST', `/api/v1/watches/${id}/restore`, { token, params: { id: String(id) }, headers: keyed(key) });
const countWatches = (userId: number) => db().watch.count({ where: { userId, deletedAt: null } });

let alice: { id: number; token: string };
let bob: { id: number; token: string };

beforeAll(async () => {
  await loadSamples(databaseUrl);
  alice = await createUserWithToken('alice');
  bob = await createUserWithToken('bob');
});

describe('POST /api/v1/watches with an Idempotency-Key', () => {
  it('a repeat answers the first 201 and logs nothing new', async () => {
    const key = randomUUID();
    const viewing = { tconst: 'tt0000439', watchedOn: '2025-01-10', grade: 7 };
    const first = await create(alice.token, viewing, key);
    expect(first.status).toBe(201);
    const again = await create(alice.token, viewing, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await countWatches(alice.id)).toBe(1);
  });

  it('simultaneous requests with one key make one viewing, and all get its id', async () => {
    const key = randomUUID();
    const before = await countWatches(alice.id);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => create(alice.token, { tconst: 'tt0000001', watchedOn: '2025-02-01' }, key)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await countWatches(alice.id)).toBe(before + 1);
  });

  it('the same key from another account is another request', async () => {
    const key = randomUUID();
    const a = await create(alice.token, { tconst: 'tt0000001', watchedOn: '2025-03-01' }, key);
    const b = await create(bob.token, { tconst: 'tt0000001', watchedOn: '2025-03-01' }, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });

  it('a key reused for a different body answers 422 and writes nothing', async () => {
    const key = randomUUID();
    await create(alice.token, { tconst: 'tt0000001', watchedOn: '2025-04-01' }, key);
    const before = await countWatches(alice.id);
    const reused = await create(alice.token, { tconst: 'tt0000001', watchedOn: '2025-04-02' }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toBe('idempotency_key_reused');
    expect(await countWatches(alice.id)).toBe(before);
  });

  it('a refused request is replayed as refused; a malformed key is 400', async () => {
    const key = randomUUID();
    // A date that is none, on purpose: the document rightly refuses it, the answer is checked.
    const wrong = { unchecked: 'request' } as const;
    const bad = await create(alice.token, { tconst: 'tt0000001', watchedOn: 'someday' }, key, wrong);
    expect(bad.status).toBe(400);
    expect(await create(alice.token, { tconst: 'tt0000001', watchedOn: 'someday' }, key, wrong)).toMatchObject({
      status: 400,
      body: bad.body,
    });
    const malformed = await create(alice.token, { tconst: 'tt0000001', watchedOn: '2025-01-01' }, 'short');
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields['Idempotency-Key']).toBeDefined();
  });

  it('without a key every request logs a viewing, as before', async () => {
    const before = await countWatches(bob.id);
    await create(bob.token, { tconst: 'tt0000439', watchedOn: '2025-01-10' });
    await create(bob.token, { tconst: 'tt0000439', watchedOn: '2025-01-10' });
    expect(await countWatches(bob.id)).toBe(before + 2);
  });
});

describe('PATCH and DELETE /api/v1/watches/{id} with an Idempotency-Key', () => {
  it('a repeated edit and a repeated delete answer as the first time', async () => {
    const { body: watch } = await create(alice.token, { tconst: 'tt0000439', watchedOn: '2025-05-01' });
    const editKey = randomUUID();
    const edit = await patch(alice.token, watch.id, { grade: 9 }, editKey);
    expect(edit.status).toBe(200);
    await patch(alice.token, watch.id, { grade: 3 }, randomUUID());
    // The replay answers the first edit and does not apply it again over the later one.
    const replayed = await patch(alice.token, watch.id, { grade: 9 }, editKey);
    expect(replayed.body.grade).toBe(9);
    expect((await db().watch.findUniqueOrThrow({ where: { id: watch.id } })).grade?.toNumber()).toBe(3);

    const deleteKey = randomUUID();
    expect((await remove(alice.token, watch.id, deleteKey)).status).toBe(204);
    const again = await remove(alice.token, watch.id, deleteKey);
    expect(again.status).toBe(204);
    expect(again.body).toBeNull();
    expect((await remove(alice.token, watch.id, randomUUID())).status).toBe(404);
  });
});

describe('the watchlist with an Idempotency-Key', () => {
  it('add and remove replay their first answers', async () => {
    const addKey = randomUUID();
    const add = () =>
      call(watchlistRoute.POST, 'POST', '/api/v1/watchlist', {
        token: alice.token,
        body: { tconst: 'tt0000439' },
        headers: keyed(addKey),
      });
    expect((await add()).status).toBe(201);
    expect((await add()).status).toBe(201);
    const removeKey = randomUUID();
    const del = () =>
      call(unlist, 'DELETE', '/api/v1/watchlist/tt0000439', {
        token: alice.token,
        params: { tconst: 'tt0000439' },
        headers: keyed(removeKey),
      });
    expect((await del()).status).toBe(204);
    expect((await del()).status).toBe(204);
    expect(await db().watchlistEntry.count({ where: { userId: alice.id } })).toBe(0);
  });
});

describe('edits from two devices', () => {
  it('each PATCH changes only its fields: the last writer wins per field', async () => {
    const { body: watch } = await create(alice.token, { tconst: 'tt0000439', watchedOn: '2025-05-02', grade: 6 });
    // The laptop writes a review; the phone, offline meanwhile, changed the grade and sends it later.
    await patch(alice.token, watch.id, { review: 'From the laptop.' }, randomUUID());
    const phone = await patch(alice.token, watch.id, { grade: 9 }, randomUUID());
    expect(phone.body).toMatchObject({ grade: 9, review: 'From the laptop.', watchedOn: '2025-05-02' });
    // The same field from both: the later answer stands.
    await patch(alice.token, watch.id, { grade: 4 }, randomUUID());
    expect((await db().watch.findUniqueOrThrow({ where: { id: watch.id } })).grade?.toNumber()).toBe(4);
  });

  it('an edit of a viewing deleted elsewhere is 404, which the outbox puts in "needs attention"', async () => {
    const { body: watch } = await create(alice.token, { tconst: 'tt0000439', watchedOn: '2025-05-03' });
    await remove(alice.token, watch.id, randomUUID());
    expect((await patch(alice.token, watch.id, { grade: 7 }, randomUUID())).status).toBe(404);
  });
});

describe('POST /api/v1/watches/{id}/restore (Undo of a delete)', () => {
  it('brings the viewing back once; a repeat replays; another account’s viewing is 404', async () => {
    const { body: watch } = await create(alice.token, { tconst: 'tt0000439', watchedOn: '2025-05-04' });
    await remove(alice.token, watch.id, randomUUID());
    const before = await countWatches(alice.id);
    expect(await restore(bob.token, watch.id, randomUUID())).toMatchObject({ status: 404 });
    const key = randomUUID();
    const first = await restore(alice.token, watch.id, key);
    expect(first).toMatchObject({ status: 200, body: { id: watch.id, watchedOn: '2025-05-04' } });
    const again = await restore(alice.token, watch.id, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await countWatches(alice.id)).toBe(before + 1);
    // Not deleted (any more): nothing to restore with a new key.
    expect((await restore(alice.token, watch.id, randomUUID())).status).toBe(404);
  });
});

describe('POST /api/v1/picks/dismissals', () => {
  const dismiss = (token: string, body: unknown, key: string, options: CallOptions = {}) =>
    call(dismissRoute, 'POST', '/api/v1/picks/dismissals', { token, body, headers: keyed(key), ...options });

  it('dismisses a title once per account, repeats and replays changing nothing', async () => {
    const key = randomUUID();
    expect((await dismiss(alice.token, { tconst: 'tt0000439' }, key)).status).toBe(204);
    expect((await dismiss(alice.token, { tconst: 'tt0000439' }, key)).headers.get('idempotent-replayed')).toBe('true');
    expect((await dismiss(alice.token, { tconst: 'tt0000439' }, randomUUID())).status).toBe(204);
    expect(await db().pickDismissal.count({ where: { userId: alice.id } })).toBe(1);
    expect(await db().pickDismissal.count({ where: { userId: bob.id } })).toBe(0);
  });

  it('names the field of a malformed title id', async () => {
    // Not an IMDb id, on purpose: the document rightly refuses it, the answer is checked.
    const bad = await dismiss(alice.token, { tconst: 'nm0000001' }, randomUUID(), { unchecked: 'request' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.tconst).toBeDefined();
  });
});

describe('POST /api/v1/watches by name and year (a title the phone never saw)', () => {
  it('finds the title as an import would, once per key', async () => {
    const key = randomUUID();
    const viewing = { match: { title: 'carmencita', year: 1894 }, watchedOn: '2025-06-01', grade: 7 };
    const first = await create(bob.token, viewing, key);
    expect(first).toMatchObject({ status: 201, body: { tconst: 'tt0000001', grade: 7 } });
    const before = await countWatches(bob.id);
    expect((await create(bob.token, viewing, key)).body.id).toBe(first.body.id);
    expect(await countWatches(bob.id)).toBe(before);
  });

  it('a name that matches no title is refused with the reason under match, and logs nothing', async () => {
    const before = await countWatches(bob.id);
    const none = await create(bob.token, { match: { title: 'No such film at all', year: 1999 }, watchedOn: '' });
    expect(none.status).toBe(400);
    expect(none.body.fields.match[0]).toMatch(/no title matches "No such film at all" \(1999\)/);
    expect(await countWatches(bob.id)).toBe(before);
  });
});
