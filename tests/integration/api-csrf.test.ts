import { beforeAll, describe, expect, it } from 'vitest';
import * as commitRoute from '../../app/api/v1/imports/[id]/commit/route';
import * as undoRoute from '../../app/api/v1/imports/[id]/undo/route';
import * as importsRoute from '../../app/api/v1/imports/route';
import * as watchRoute from '../../app/api/v1/watches/[id]/route';
import * as watchesRoute from '../../app/api/v1/watches/route';
import * as watchlistRoute from '../../app/api/v1/watchlist/route';
import { db } from '../../lib/db/client';
import {
  call,
  checkAnswer,
  createUserWithToken,
  loadSamples,
  sessionCookieOf,
  setUpFreshDatabase,
} from '../helpers/api';

// Writes through the API signed in by cookie must come from the app's own origin (the call
// helper sends requests to http://localhost), and JSON bodies must say they are JSON: a page
// elsewhere (another port, a sibling subdomain) can send the cookie but not forge either.

const databaseUrl = await setUpFreshDatabase();

const VIEWING = { tconst: 'tt0000439', watchedOn: '2025-01-10' };
let cookie: string;
let token: string;
let userId: number;

const watchCount = () => db().watch.count({ where: { userId } });
const logViewing = (
  headers: Record<string, string>,
  body: unknown = VIEWING,
  auth: { cookie?: string; token?: string } = { cookie },
) => call(watchesRoute.POST, 'POST', '/api/v1/watches', { ...auth, body, headers });

beforeAll(async () => {
  await loadSamples(databaseUrl);
  ({ id: userId, token } = await createUserWithToken('owner'));
  cookie = await sessionCookieOf(userId);
}, 120_000);

describe('a write signed in by cookie', () => {
  it.each([
    ['another port', { origin: 'http://localhost:8080' }],
    ['a sibling subdomain', { origin: 'http://evil.localhost' }],
    ['another scheme', { origin: 'https://localhost' }],
    ['an opaque origin', { origin: 'null' }],
    ['a same-site page', { 'sec-fetch-site': 'same-site', origin: 'http://localhost' }],
    ['a cross-site page', { 'sec-fetch-site': 'cross-site' }],
    ['no Origin and no Sec-Fetch-Site', {}],
  ])('from %s is refused (403) and writes nothing', async (_, headers) => {
    const before = await watchCount();
    const response = await logViewing(headers);
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('forbidden');
    expect(await watchCount()).toBe(before);
  });

  it('is refused with a text/plain or form body too, the requests a browser sends without asking', async () => {
    const before = await watchCount();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const body = JSON.stringify(VIEWING);
      expect((await logViewing({ origin: 'http://evil.localhost', 'content-type': type }, body)).status).toBe(403);
      // Even from the app's origin, a JSON route takes only a body that says it is JSON.
      const own = await logViewing({ origin: 'http://localhost', 'content-type': type }, body);
      expect(own.status).toBe(415);
    }
    const watchlist = await call(watchlistRoute.POST, 'POST', '/api/v1/watchlist', {
      cookie,
      body: JSON.stringify({ tconst: 'tt0000001' }),
      headers: { origin: 'http://localhost:3001', 'content-type': 'text/plain' },
    });
    expect(watchlist.status).toBe(403);
    expect(await watchCount()).toBe(before);
    expect(await db().watchlistEntry.count({ where: { userId } })).toBe(0);
  });

  it('works from the same origin: Origin, Sec-Fetch-Site, or Origin through a reverse proxy', async () => {
    expect((await logViewing({ origin: 'http://localhost' })).status).toBe(201);
    expect((await logViewing({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    const proxied = {
      origin: 'https://journal.example',
      'x-forwarded-host': 'journal.example',
      'x-forwarded-proto': 'https',
    };
    expect((await logViewing(proxied)).status).toBe(201);
    const [watch] = await db().watch.findMany({ where: { userId }, take: 1 });
    const patch = await call(watchRoute.PATCH, 'PATCH', `/api/v1/watches/${watch.id}`, {
      cookie,
      body: { grade: 7 },
      params: { id: String(watch.id) },
      headers: { origin: 'http://localhost:8080' },
    });
    expect(patch.status).toBe(403);
    const remove = await call(watchRoute.DELETE, 'DELETE', `/api/v1/watches/${watch.id}`, {
      cookie,
      params: { id: String(watch.id) },
      headers: { origin: 'http://localhost' },
    });
    expect(remove.status).toBe(204);
  });

  it('cannot undo an import from another origin', async () => {
    const form = new FormData();
    const csv = 'Const,Your Rating,Date Rated,Title,Title Type,Year\r\ntt0000001,8,2025-01-10,Carmencita,Short,1894';
    form.append('file', new Blob([csv]), 'ratings.csv');
    const request = new Request('http://localhost/api/v1/imports', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
      body: form,
    });
    const uploaded = await checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
    expect(uploaded.status).toBe(201);
    const { batchId } = (await uploaded.json()) as { batchId: number };
    const params = { id: String(batchId) };
    const committed = await call(commitRoute.POST, 'POST', `/api/v1/imports/${batchId}/commit`, { token, params });
    expect(committed.status).toBe(200);
    const undo = (headers: Record<string, string>) =>
      call(undoRoute.POST, 'POST', `/api/v1/imports/${batchId}/undo`, { cookie, params, headers });
    expect((await undo({ origin: 'http://localhost:8080' })).status).toBe(403);
    expect((await db().importBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe('committed');
    expect((await undo({ origin: 'http://localhost' })).status).toBe(200);
  });

  it('is not needed for reads', async () => {
    const list = await call(watchesRoute.GET, 'GET', '/api/v1/watches', {
      cookie,
      headers: { origin: 'http://evil.localhost' },
    });
    expect(list.status).toBe(200);
  });
});

describe('a write with an API token', () => {
  it('is unaffected by Origin and Sec-Fetch-Site', async () => {
    const response = await logViewing({ origin: 'http://evil.localhost', 'sec-fetch-site': 'cross-site' }, VIEWING, {
      token,
    });
    expect(response.status).toBe(201);
    expect((await logViewing({}, VIEWING, { token })).status).toBe(201);
  });
});
