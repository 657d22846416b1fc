import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import * as openapiRoute from '../../app/api/v1/openapi.json/route';
import * as peopleRoute from '../../app/api/v1/people/[nconst]/route';
import * as titleRoute from '../../app/api/v1/titles/[tconst]/route';
import { createApiToken, revokeApiToken } from '../../lib/auth/api-tokens';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { type CallOptions, call, createUserWithToken, loadSamples, setUpFreshDatabase } from '../helpers/api';

// GET /api/v1/titles/{tconst} and /api/v1/people/{nconst} on the real IMDb samples, called as
// route handlers with a Request; and the OpenAPI document against the routes that exist.

const databaseUrl = await setUpFreshDatabase();

let token: string;
let otherToken: string;
let userId: number;

beforeAll(async () => {
  await loadSamples(databaseUrl);
  ({ id: userId, token } = await createUserWithToken('viewer'));
  const other = await createUserWithToken('other');
  otherToken = other.token;
  await db().watch.create({ data: { userId, tconst: 'tt0000439', watchedOn: new Date('2025-01-10'), grade: 8 } });
  await db().watchlistEntry.create({ data: { userId: other.id, tconst: 'tt0000439' } });
});

const title = (tconst: string, options: CallOptions = {}) =>
  call(titleRoute.GET, 'GET', `/api/v1/titles/${tconst}`, { ...options, params: { tconst } });
const person = (nconst: string, options: CallOptions = {}) =>
  call(peopleRoute.GET, 'GET', `/api/v1/people/${nconst}`, { ...options, params: { nconst } });

describe('authentication', () => {
  it('answers 401 without a session or token, or with a bad or revoked token', async () => {
    for (const response of [
      await title('tt0000439'),
      await title('tt0000439', { token: 'mmj_nope' }),
      await person('nm0001908', { cookie: `${SESSION_COOKIE}=not-a-session` }),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthorized');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const revoked = await createApiToken(userId, 'revoked');
    const [row] = await db().apiToken.findMany({ where: { label: 'revoked' } });
    await revokeApiToken(userId, row.id);
    expect((await title('tt0000439', { token: revoked })).status).toBe(401);
  });

  it('accepts a session cookie as well as a token', async () => {
    const { token: session } = await createSession(userId);
    const response = await title('tt0000439', { cookie: `${SESSION_COOKIE}=${encodeURIComponent(session)}` });
    expect(response.status).toBe(200);
  });
});

describe('GET /api/v1/titles/{tconst}', () => {
  it('gives the title with its people, akas and the caller’s journal', async () => {
    const { status, body } = await title('tt0000439', { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      tconst: 'tt0000439',
      primaryTitle: 'The Great Train Robbery',
      titleType: 'short',
      startYear: 1903,
      runtimeMinutes: 11,
      genres: ['Action', 'Adventure', 'Crime'],
      rating: { average: 7.2, votes: 21870 },
      directors: [{ nconst: 'nm0692105', name: null, job: null }],
    });
    expect(body.cast[0]).toEqual({
      nconst: 'nm0001908',
      name: "Gilbert M. 'Broncho Billy' Anderson",
      category: 'actor',
      characters: ['Bandit', 'Shot Passenger', 'Tenderfoot Dancer'],
      ordering: 1,
    });
    expect(body.journal.watches).toHaveLength(1);
    expect(body.journal.watches[0]).toMatchObject({ tconst: 'tt0000439', watchedOn: '2025-01-10', grade: 8 });
    expect(body.journal.watchlist).toBeNull();
  });

  it('shows each caller only their own journal', async () => {
    const { body } = await title('tt0000439', { token: otherToken });
    expect(body.journal.watches).toEqual([]);
    expect(body.journal.watchlist).toMatchObject({ tconst: 'tt0000439' });
  });

  it('orders alternative titles by ?region=, else by Accept-Language', async () => {
    const byQuery = await call(titleRoute.GET, 'GET', '/api/v1/titles/tt0000439?region=hu', {
      token,
      params: { tconst: 'tt0000439' },
    });
    expect(byQuery.body.akas[0]).toMatchObject({ region: 'HU', title: 'A nagy vonatrablás', preferred: true });
    const byHeader = await title('tt0000439', { token, headers: { 'accept-language': 'pl-PL,pl;q=0.9' } });
    expect(byHeader.body.akas[0]).toMatchObject({ region: 'PL', title: 'Napad na ekspres' });
  });

  it('answers 400 with field messages for a malformed id or region, 404 for an unknown title', async () => {
    const bad = await title('0000439', { token });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'invalid', fields: { tconst: ['An IMDb title id looks like tt0111161.'] } });
    const badRegion = await call(titleRoute.GET, 'GET', '/api/v1/titles/tt0000439?region=France', {
      token,
      params: { tconst: 'tt0000439' },
    });
    expect(badRegion.status).toBe(400);
    expect(badRegion.body.fields.region).toEqual(['Give country codes like FR or FR,DE.']);
    const unknown = await title('tt9999999', { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'not_found' });
  });
});

describe('GET /api/v1/people/{nconst}', () => {
  it('gives the person and their titles with the caller’s viewings', async () => {
    const { status, body } = await person('nm0001908', { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: "Gilbert M. 'Broncho Billy' Anderson", birthYear: 1880, seenCount: 1 });
    expect(body.credits.find((c: { tconst: string }) => c.tconst === 'tt0000439').watch).toEqual({
      count: 1,
      lastWatchedOn: '2025-01-10',
      grade: 8,
    });
    const other = await person('nm0001908', { token: otherToken });
    expect(other.body.seenCount).toBe(0);
  });

  it('answers 400 for a malformed id and 404 for nobody', async () => {
    const bad = await person('nobody', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.nconst).toEqual(['An IMDb name id looks like nm0000001.']);
    const unknown = await person('nm9999999', { token });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });
});

describe('the OpenAPI document', () => {
  const doc = load(readFileSync('openapi.yaml', 'utf8')) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
  };

  it('is OpenAPI 3.1 and served as JSON without a session', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const { status, body } = await call(openapiRoute.GET, 'GET', '/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body).toEqual(doc);
  });

  // The routes this document must describe (others may come with their own entries).
  const DESCRIBED = [
    '/api/health',
    '/api/v1/me',
    '/api/v1/openapi.json',
    '/api/v1/search',
    '/api/v1/titles',
    '/api/v1/people',
    '/api/v1/watches',
    '/api/v1/watchlist',
  ];

  it('describes every route and method that exists, and no other', async () => {
    const routes: Record<string, string[]> = {};
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'route.ts') {
          const url = `/${path.relative('app', dir).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
          const source = readFileSync(full, 'utf8');
          routes[url] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']
            .filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source))
            .map((m) => m.toLowerCase());
        }
      }
    };
    walk('app/api');
    const documented = Object.fromEntries(
      Object.entries(doc.paths).map(([p, item]) => [
        p,
        Object.keys(item)
          .filter((k) => ['get', 'post', 'patch', 'put', 'delete'].includes(k))
          .sort(),
      ]),
    );
    for (const [url, methods] of Object.entries(routes)) {
      if (!DESCRIBED.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))) continue;
      expect(documented[url], `${url} is documented`).toEqual(methods.sort());
    }
    for (const [url, methods] of Object.entries(documented)) expect(routes[url], `${url} exists`).toEqual(methods);
  });
});
