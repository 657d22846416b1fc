import { beforeAll, describe, expect, it } from 'vitest';
import { listWatches } from '../../lib/journal/diary-query';
import { watchFiltersSchema } from '../../lib/journal/schemas';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// The diary filters the statistics link to, on the fixture journal (tests/helpers/stats-fixture.ts):
// each returns exactly the viewings the figure counted.

const databaseUrl = await setUpFreshDatabase();
let user: number;

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
  user = await createUser('fan');
  await seedFixtureJournal(user, await createUser('other'));
});

async function diary(query: Record<string, string>): Promise<string[]> {
  const filters = watchFiltersSchema.parse(query);
  const { watches } = await listWatches(user, { ...filters, limit: 100 });
  return watches.map((w) => `${w.tconst} ${w.watchedOn ?? '?'}`).sort();
}

describe('diary filters behind the statistics', () => {
  it('month: dated to the day or the month', async () => {
    expect(await diary({ month: '2024-03' })).toEqual([
      'tt0000001 2024-03-09',
      'tt0000002 2024-03',
      'tt9000001 2024-03-10',
    ]);
  });

  it('weekday: only dated to the day', async () => {
    expect(await diary({ weekday: '6' })).toEqual(['tt0000001 2024-03-09', 'tt0000001 2024-06-15']);
  });

  it('release decade, release year and runtime bucket (provisional titles included)', async () => {
    expect(await diary({ decade: '1990' })).toEqual(['tt0000001 2024-03-09', 'tt0000001 2024-06-15']);
    expect(await diary({ released: '2023' })).toEqual(['tt9000001 2024-03-10']);
    expect(await diary({ runtime: '90-120' })).toEqual([
      'tt0000001 2024-03-09',
      'tt0000001 2024-06-15',
      'tt9000001 2024-03-10',
    ]);
    expect(await diary({ runtime: '180-' })).toEqual([]);
  });

  it('genre reads provisional titles’ genres too', async () => {
    expect(await diary({ genre: 'Documentary' })).toEqual(['tt9000001 2024-03-10']);
  });

  it('person: any role, from the crew or the principals', async () => {
    expect(await diary({ person: 'nm0000001' })).toEqual([
      'tt0000001 2024-03-09',
      'tt0000001 2024-06-15',
      'tt0000002 2024-03',
      'tt0000005 ?',
    ]);
  });

  it('region of origin, rewatches, films vs series', async () => {
    expect(await diary({ region: 'FR' })).toEqual(['tt0000001 2024-03-09', 'tt0000001 2024-06-15']);
    expect(await diary({ rewatch: 'true' })).toEqual(['tt0000001 2024-06-15']);
    expect(await diary({ kind: 'series' })).toEqual(['tt0000003 2024']);
    expect((await diary({ kind: 'films' })).length).toBe(6);
  });

  it('from–to: a partial date counts when its whole period is inside', async () => {
    expect(await diary({ from: '2024-03-01', to: '2024-03-31' })).toEqual([
      'tt0000001 2024-03-09',
      'tt0000002 2024-03',
      'tt9000001 2024-03-10',
    ]);
    expect((await diary({ from: '2024-01-01', to: '2024-12-31' })).length).toBe(5);
    expect(await diary({ from: '2024-03-10', to: '2024-03-10' })).toEqual(['tt9000001 2024-03-10']);
  });

  it('rejects malformed values', () => {
    for (const bad of [
      { month: '2024-13' },
      { weekday: '8' },
      { decade: '1995' },
      { person: 'x' },
      { to: '2024-02-30' },
    ]) {
      expect(watchFiltersSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
