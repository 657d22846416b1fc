import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { createWatch, deleteWatch, updateWatch } from '../../lib/journal/watches';
import { getDashboard } from '../../lib/stats/dashboard';
import type { StatsRange } from '../../lib/stats/range';
import { refreshStats } from '../../lib/stats/refresh';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// The pre-aggregated facts follow every change: journal edits, deletions, provisional titles,
// and an ETL run that swaps the imdb.* tables.

const databaseUrl = await setUpFreshDatabase();
let user: number;
const ALL: StatsRange = { from: null, to: null, kind: 'all' };

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
  user = await createUser('fan');
  await seedFixtureJournal(user, await createUser('other'));
});

describe('stats facts', () => {
  it('are built once, then reused while nothing changes', async () => {
    expect(await refreshStats(user)).toBe(true);
    expect(await refreshStats(user)).toBe(false);
  });

  it('follow a new viewing, an edit and a deletion', async () => {
    const created = await createWatch(user, { tconst: 'tt0000006', watchedOn: '2025-02-03', grade: 9 });
    if (!created.ok) throw new Error('not created');
    expect((await getDashboard(user, ALL)).totals.viewings).toBe(8);
    await updateWatch(user, created.watch.id, { grade: 3 });
    expect((await getDashboard(user, ALL)).grades.find((g) => g.key === '3')?.viewings).toBe(1);
    await deleteWatch(user, created.watch.id);
    const after = await getDashboard(user, ALL);
    expect(after.totals.viewings).toBe(7);
    expect(after.grades.find((g) => g.key === '3')?.viewings).toBe(0);
  });

  it('follow a provisional title that an import completes', async () => {
    await db()
      .$executeRaw`UPDATE provisional_titles SET genres = ARRAY['Documentary', 'Music'] WHERE tconst = 'tt9000001'`;
    const { genres } = await getDashboard(user, ALL);
    expect(genres.find((g) => g.key === 'Music')?.viewings).toBe(1);
  });

  it('survive an ETL run that swaps the imdb tables, and use the new data', async () => {
    expect(await refreshStats(user)).toBe(false);
    await loadFixtureImdb(databaseUrl);
    expect(await refreshStats(user)).toBe(true);
    const { totals, people } = await getDashboard(user, ALL);
    expect(totals).toMatchObject({ viewings: 7, directors: 2, actors: 2 });
    expect(people.find((p) => p.role === 'directors')?.byTitles[0]).toMatchObject({ nconst: 'nm0000001', unseen: 1 });
  });

  it('leave other users’ facts alone', async () => {
    const other = await db().user.findUniqueOrThrow({ where: { username: 'other' } });
    expect((await getDashboard(other.id, ALL)).totals.viewings).toBe(2);
    expect((await getDashboard(user, ALL)).totals.viewings).toBe(7);
  });
});
