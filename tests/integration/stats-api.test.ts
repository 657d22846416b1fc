import { beforeAll, describe, expect, it } from 'vitest';
import * as statsRoute from '../../app/api/v1/stats/route';
import { call, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// GET /api/v1/stats on the fixture journal (tests/helpers/stats-fixture.ts).

const databaseUrl = await setUpFreshDatabase();
let token: string;

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
  const fan = await createUserWithToken('fan');
  const other = await createUserWithToken('other');
  token = fan.token;
  await seedFixtureJournal(fan.id, other.id);
});

const get = (query: string, t: string | null = token) =>
  call(statsRoute.GET, 'GET', `/api/v1/stats${query}`, { token: t ?? undefined });

describe('GET /api/v1/stats', () => {
  it('answers 401 without a session or token', async () => {
    expect((await get('', null)).status).toBe(401);
  });

  it('all time by default', async () => {
    const { status, body } = await get('');
    expect(status).toBe(200);
    expect(body.range).toEqual({ from: null, to: null, kind: 'all' });
    expect(body.totals.viewings).toBe(7);
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['perYear', 'perMonth', 'weekdays', 'calendar', 'genres', 'grades', 'people']),
    );
  });

  it('a from–to range and a kind', async () => {
    const { body } = await get('?from=2024-03-01&to=2024-03-31&kind=films');
    expect(body.range).toEqual({ from: '2024-03-01', to: '2024-03-31', kind: 'films' });
    expect(body.totals.viewings).toBe(3);
    expect((await get('?year=2024')).body.totals.viewings).toBe(5);
  });

  it('400 with a message per field for bad input', async () => {
    const bad = await get('?from=2024-02-30&kind=books');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['from', 'kind']);
    const reversed = await get('?from=2024-05-01&to=2024-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.fields.from).toEqual(['`from` is after `to`.']);
  });
});
