import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as exportRoute from '../../app/api/v1/export/route';
import * as commitRoute from '../../app/api/v1/imports/[id]/commit/route';
import * as discardRoute from '../../app/api/v1/imports/[id]/discard/route';
import * as recordsRoute from '../../app/api/v1/imports/[id]/records/route';
import * as batchRoute from '../../app/api/v1/imports/[id]/route';
import * as undoRoute from '../../app/api/v1/imports/[id]/undo/route';
import * as resolveRoute from '../../app/api/v1/imports/review/[recordId]/route';
import * as reviewRoute from '../../app/api/v1/imports/review/route';
import * as importsRoute from '../../app/api/v1/imports/route';
import * as meRoute from '../../app/api/v1/me/route';
import * as peopleRoute from '../../app/api/v1/people/[nconst]/route';
import * as dismissalsRoute from '../../app/api/v1/picks/dismissals/route';
import * as searchRoute from '../../app/api/v1/search/route';
import * as statsRoute from '../../app/api/v1/stats/route';
import * as titleRoute from '../../app/api/v1/titles/[tconst]/route';
import * as restoreRoute from '../../app/api/v1/watches/[id]/restore/route';
import * as watchRoute from '../../app/api/v1/watches/[id]/route';
import * as watchesRoute from '../../app/api/v1/watches/route';
import * as removeRoute from '../../app/api/v1/watchlist/[tconst]/route';
import * as watchlistRoute from '../../app/api/v1/watchlist/route';
import { db } from '../../lib/db/client';
import { call, checkAnswer, createUserWithToken, loadSamples, setUpFreshDatabase } from '../helpers/api';

// Generated hostile values (NUL, lone surrogates, bad %-escapes, ids past 2³¹, impossible dates,
// wrong JSON types) in every API route's path, query and body: never a 5xx, and the other
// account's rows stay exactly as they were.

const databaseUrl = await setUpFreshDatabase();
const RUNS = 80;
// A fixed seed keeps CI repeatable; FUZZ_SEED=random (or a number) explores further by hand.
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261203);
fc.configureGlobal({ seed: SEED });

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('\0', 'a\0b', '2024\0', 'tt0000439\0', '\ud800x\0') },
  fc.constantFrom(
    '\ud800',
    'x\udfffy',
    '%',
    '%zz',
    '2147483647',
    '2147483648',
    '99999999999999999999',
    '-1',
    '0',
    '1.5',
    '1e400',
    'NaN',
    'Infinity',
    '9999-99-99',
    '0000-01-01',
    '275760-09-14',
    '2024-02-30',
    '1000000-01-01',
    ' ',
    '',
    'tt0000439',
    'tt99999999999',
    'nm0000001',
    "'; DROP TABLE watch; --",
    '__proto__',
    'movie,\0',
    '9'.repeat(300),
  ),
  fc.string({ unit: anyUnit, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.bigInt().map(String),
  fc.double().map(String),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 31, 2 ** 53, 1e308, -0, 0.5),
  fc.double(),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
);
/** A raw query value: a bad %-escape as it stands, or any text percent-encoded where it can be. */
const queryValue = fc.oneof(
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%ED%A0%80', '%C0%80', '%FF'),
  hostileText.map((v) => (v.isWellFormed() ? encodeURIComponent(v) : v)),
);
const orValid = <T>(valid: T[], hostile: fc.Arbitrary<unknown> = hostileValue) =>
  fc.oneof(fc.constantFrom(...valid), hostile);

type Route = {
  name: string;
  handler: unknown;
  method: string;
  path: string;
  params?: Record<string, fc.Arbitrary<unknown>>;
  query?: string[];
  body?: fc.Arbitrary<unknown>;
  headers?: fc.Arbitrary<Record<string, string>>;
};

let alice: string;
let bobId: number;
let ids: {
  aliceWatch: string;
  bobWatch: string;
  bobDeleted: string;
  aliceBatch: string;
  bobBatch: string;
  bobRecord: string;
};

/** One of the ids made in beforeAll (read when the value is generated), or hostile text. */
const idParam = () =>
  fc.oneof(
    fc
      .constantFrom('aliceWatch', 'bobWatch', 'bobDeleted', 'aliceBatch', 'bobBatch', 'bobRecord' as const)
      .map((k) => ids[k]),
    hostileText,
  );
/** A valid body with one or two fields made hostile, now and then a hostile body as a whole. */
const bodyOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.record(fields, { requiredKeys: [] }),
          fc.uniqueArray(fc.tuple(fc.constantFrom(...Object.keys(fields)), hostileValue), {
            minLength: 1,
            maxLength: 2,
            selector: ([key]) => key,
          }),
        )
        .map(([valid, hostile]) => ({ ...valid, ...Object.fromEntries(hostile) })),
    },
    hostileValue,
    fc.constantFrom('{"tconst":', '[', 'null', '"\\ud800"', '{"review":"\\u0000"}'),
  );
const valid = (...values: unknown[]) => fc.constantFrom(...values);
/** No key, a good one, or one of the wrong length or shape (a header cannot carry NUL or CR/LF). */
const idempotencyKey = fc.oneof(
  fc.constant({}),
  fc
    .oneof(
      fc.uuid(),
      fc.constantFrom('short', 'x'.repeat(201), 'with spaces in it', '%00%00%00%00', 'same-key-each-time'),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((n) => String.fromCharCode(n)), maxLength: 30 }),
    )
    .map((key) => ({ 'idempotency-key': key })),
);
const watchFields = () => ({
  tconst: valid('tt0000439', 'tt0000001'),
  watchedOn: valid('2025-01-10', '2024', ''),
  grade: valid(7, 8.5, null),
  rewatch: valid(true, 'on'),
  review: valid('Fine.', null),
  tags: valid(['silent'], 'a, b'),
  place: valid('Home'),
  companions: valid(['Sam']),
});
const WATCH_FILTERS = ['year', 'grade', 'tag', 'genre', 'type', 'q', 'month', 'weekday', 'decade', 'released'];
const MORE_FILTERS = ['runtime', 'person', 'region', 'rewatch', 'from', 'to', 'kind', 'cursor', 'limit'];

function routes(): Route[] {
  const id = { id: idParam() };
  return [
    {
      name: 'GET /watches',
      handler: watchesRoute.GET,
      method: 'GET',
      path: '/api/v1/watches',
      query: [...WATCH_FILTERS, ...MORE_FILTERS],
    },
    {
      name: 'POST /watches',
      handler: watchesRoute.POST,
      method: 'POST',
      path: '/api/v1/watches',
      headers: idempotencyKey,
      body: bodyOf({
        ...watchFields(),
        match: fc.record({ title: orValid(['Carmencita']), year: orValid([1894]) }),
        removeFromWatchlist: valid(true, false),
        provisional: fc.record({
          title: orValid(['A film']),
          year: orValid([2020]),
          type: orValid(['movie']),
          source: orValid(['imdb-web']),
        }),
      }),
    },
    { name: 'GET /watches/{id}', handler: watchRoute.GET, method: 'GET', path: '/api/v1/watches/x', params: id },
    {
      name: 'PATCH /watches/{id}',
      handler: watchRoute.PATCH,
      method: 'PATCH',
      path: '/api/v1/watches/x',
      params: id,
      headers: idempotencyKey,
      body: bodyOf(watchFields()),
    },
    {
      name: 'DELETE /watches/{id}',
      handler: watchRoute.DELETE,
      method: 'DELETE',
      path: '/api/v1/watches/x',
      params: id,
      headers: idempotencyKey,
    },
    {
      name: 'POST /watches/{id}/restore',
      handler: restoreRoute.POST,
      method: 'POST',
      path: '/api/v1/watches/x/restore',
      params: id,
      headers: idempotencyKey,
    },
    {
      name: 'GET /watchlist',
      handler: watchlistRoute.GET,
      method: 'GET',
      path: '/api/v1/watchlist',
      query: ['sort', 'order'],
    },
    {
      name: 'POST /watchlist',
      handler: watchlistRoute.POST,
      method: 'POST',
      path: '/api/v1/watchlist',
      headers: idempotencyKey,
      body: bodyOf({ tconst: valid('tt0000439'), note: valid('Soon.') }),
    },
    {
      name: 'POST /picks/dismissals',
      handler: dismissalsRoute.POST,
      method: 'POST',
      path: '/api/v1/picks/dismissals',
      headers: idempotencyKey,
      body: bodyOf({ tconst: valid('tt0000439', 'tt0000001') }),
    },
    { name: 'GET /me', handler: meRoute.GET, method: 'GET', path: '/api/v1/me' },
    {
      name: 'DELETE /watchlist/{tconst}',
      handler: removeRoute.DELETE,
      method: 'DELETE',
      path: '/api/v1/watchlist/x',
      params: { tconst: orValid(['tt0000001'], hostileText) },
    },
    {
      name: 'GET /search',
      handler: searchRoute.GET,
      method: 'GET',
      path: '/api/v1/search',
      query: ['q', 'type', 'yearFrom', 'yearTo', 'limit'],
    },
    {
      name: 'GET /stats',
      handler: statsRoute.GET,
      method: 'GET',
      path: '/api/v1/stats',
      query: ['from', 'to', 'year', 'kind'],
    },
    { name: 'GET /export', handler: exportRoute.GET, method: 'GET', path: '/api/v1/export', query: ['format'] },
    {
      name: 'GET /titles/{tconst}',
      handler: titleRoute.GET,
      method: 'GET',
      path: '/api/v1/titles/x',
      params: { tconst: orValid(['tt0000439'], hostileText) },
      query: ['region'],
    },
    {
      name: 'GET /people/{nconst}',
      handler: peopleRoute.GET,
      method: 'GET',
      path: '/api/v1/people/x',
      params: { nconst: orValid(['nm0000001'], hostileText) },
    },
    { name: 'GET /imports/{id}', handler: batchRoute.GET, method: 'GET', path: '/api/v1/imports/x', params: id },
    {
      name: 'GET /imports/{id}/records',
      handler: recordsRoute.GET,
      method: 'GET',
      path: '/api/v1/imports/x/records',
      params: id,
      query: ['status', 'offset', 'limit'],
    },
    {
      name: 'POST /imports/{id}/commit',
      handler: commitRoute.POST,
      method: 'POST',
      path: '/api/v1/imports/x/commit',
      params: id,
    },
    {
      name: 'POST /imports/{id}/undo',
      handler: undoRoute.POST,
      method: 'POST',
      path: '/api/v1/imports/x/undo',
      params: id,
    },
    {
      name: 'POST /imports/{id}/discard',
      handler: discardRoute.POST,
      method: 'POST',
      path: '/api/v1/imports/x/discard',
      params: id,
    },
    {
      name: 'GET /imports/review',
      handler: reviewRoute.GET,
      method: 'GET',
      path: '/api/v1/imports/review',
      query: ['offset', 'limit', 'batch', 'reason', 'minConfidence'],
    },
    {
      name: 'POST /imports/review',
      handler: reviewRoute.POST,
      method: 'POST',
      path: '/api/v1/imports/review',
      body: bodyOf({
        choice: valid('accept', 'unmatched'),
        batch: idParam().map(Number),
        reason: valid('none', 'weak', 'several'),
        minConfidence: valid(0, 50, 90),
        recordIds: fc.oneof(
          idParam().map((v) => [Number(v)]),
          fc.array(idParam(), { maxLength: 3 }),
        ),
      }),
    },
    {
      name: 'POST /imports/review/{recordId}',
      handler: resolveRoute.POST,
      method: 'POST',
      path: '/api/v1/imports/review/x',
      params: { recordId: idParam() },
      body: bodyOf({ tconst: valid('tt0000439'), unmatched: valid(true) }),
    },
  ];
}

/** Everything the other account has, to compare before and after. */
async function bobsRows() {
  const where = { userId: bobId };
  const [watches, watchlist, batches, records] = await Promise.all([
    db().watch.findMany({ where, orderBy: { id: 'asc' } }),
    db().watchlistEntry.findMany({ where, orderBy: { tconst: 'asc' } }),
    db().importBatch.findMany({ where, orderBy: { id: 'asc' } }),
    db().importRecord.findMany({ where: { batch: { userId: bobId } }, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ watches, watchlist, batches, records }, (_, v) => (typeof v === 'bigint' ? String(v) : v));
}

async function uploadAs(token: string, csv: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'ratings.csv');
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const request = new Request('http://localhost/api/v1/imports', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
}

const RATINGS =
  'Const,Your Rating,Date Rated,Title,Title Type,Year\r\ntt0000001,8,2025-01-10,Carmencita,Short,1894\r\nzz,8,2025-01-10,Nothing like it,Movie,1999';

beforeAll(async () => {
  await loadSamples(databaseUrl);
  ({ token: alice } = await createUserWithToken('alice'));
  const bob = await createUserWithToken('bob');
  bobId = bob.id;
  const batchOf = async (token: string) =>
    ((await (await uploadAs(token, RATINGS)).json()) as { batchId: number }).batchId;
  const watchOf = async (token: string) =>
    (
      await call(watchesRoute.POST, 'POST', '/api/v1/watches', {
        token,
        body: { tconst: 'tt0000439', watchedOn: '2025-01-10', review: 'mine' },
      })
    ).body.id as number;
  const bobBatch = await batchOf(bob.token);
  await call(watchlistRoute.POST, 'POST', '/api/v1/watchlist', { token: bob.token, body: { tconst: 'tt0000001' } });
  const bobRecord = await db().importRecord.findFirstOrThrow({ where: { batchId: bobBatch } });
  // A deleted viewing of the other account: restoring it by its id must not work.
  const bobDeleted = String(await watchOf(bob.token));
  await call(watchRoute.DELETE, 'DELETE', `/api/v1/watches/${bobDeleted}`, {
    token: bob.token,
    params: { id: bobDeleted },
  });
  ids = {
    aliceWatch: String(await watchOf(alice)),
    bobWatch: String(await watchOf(bob.token)),
    bobDeleted,
    aliceBatch: String(await batchOf(alice)),
    bobBatch: String(bobBatch),
    bobRecord: String(bobRecord.id),
  };
}, 120_000);

describe('hostile input to every API route', () => {
  it.each(routes().map((r) => [r.name, r] as const))(
    '%s: never a 5xx, never another account',
    async (_, route) => {
      const before = await bobsRows();
      const queryArb = fc.array(fc.tuple(fc.constantFrom(...(route.query ?? ['x'])), queryValue), {
        minLength: 1,
        maxLength: 2,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.record(route.params ?? {}),
          queryArb,
          route.body ?? fc.constant(undefined),
          route.headers ?? fc.constant({}),
          async (params, query, body, headers) => {
            const search = route.query ? query.map(([k, v]) => `${k}=${v}`).join('&') : '';
            const response = await call(route.handler, route.method, `${route.path}${search ? `?${search}` : ''}`, {
              token: alice,
              params: params as Record<string, string>,
              headers,
              body,
              // Hostile bodies are the point: only the answers are checked against the API document.
              unchecked: 'request',
            });
            expect(
              response.status,
              JSON.stringify({ params, query, body, headers, answer: response.body }),
            ).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS },
      );
      expect(await bobsRows()).toBe(before);
    },
    60_000,
  );

  it('POST /imports: never a 5xx, never another account', async () => {
    const before = await bobsRows();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            format: hostileText,
            mapping: fc.oneof(
              hostileText,
              fc.jsonValue().map((v) => JSON.stringify(v)),
            ),
            useSavedMapping: hostileText,
          },
          { requiredKeys: [] },
        ),
        fc.oneof(
          fc.constant(RATINGS),
          hostileText.map((t) => `${RATINGS}\r\n${t},${t},${t},${t},${t},${t}`),
          hostileText,
        ),
        async (fields, csv) => {
          const response = await uploadAs(alice, csv, fields);
          expect(response.status, JSON.stringify({ fields, csv, answer: await response.clone().text() })).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 30 },
    );
    expect(await bobsRows()).toBe(before);
  }, 60_000);
});
