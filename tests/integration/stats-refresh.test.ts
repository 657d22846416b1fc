import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { commitImport, undoImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { createWatch, deleteWatch, restoreWatch, updateWatch } from '../../lib/journal/watch-writes';
import { getDashboard } from '../../lib/stats/dashboard';
import type { StatsRange } from '../../lib/stats/range';
import { refreshStats } from '../../lib/stats/refresh';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { FIXTURES, importFile } from '../helpers/import-journal';
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

/** Every fact row of the user, and the dashboard computed from them. */
async function factsAndFigures(userId: number) {
  const facts = await db().$queryRaw<unknown[]>`
    SELECT 'v' AS t, to_jsonb(v) - 'version' AS row FROM stats_viewings v WHERE user_id = ${userId}
    UNION ALL SELECT 'c', to_jsonb(c) FROM stats_credits c WHERE user_id = ${userId}
    UNION ALL SELECT 'p', to_jsonb(p) FROM stats_people p WHERE user_id = ${userId}
    ORDER BY 1, 2`;
  return { facts, figures: await getDashboard(userId, ALL, { fresh: true }) };
}

/** Facts brought up to date by touching only `changed` viewings equal a full rebuild's. */
async function expectIncrementalAsRebuild(changed: number[]) {
  const untouched = () => db().$queryRaw<{ id: number; x: string }[]>`
    SELECT id, xmin::text AS x FROM stats_viewings WHERE user_id = ${user} AND id <> ALL (${changed}::int[]) ORDER BY id`;
  const before = await untouched();
  expect(await refreshStats(user)).toBe(true);
  expect(await untouched()).toEqual(before);
  const incremental = await factsAndFigures(user);
  await db().$executeRaw`DELETE FROM stats_states WHERE user_id = ${user}`;
  const rebuilt = await factsAndFigures(user);
  expect(incremental).toEqual(rebuilt);
}

describe('stats facts, kept up to date viewing by viewing', () => {
  let id: number;

  it('follow a new viewing', async () => {
    await refreshStats(user);
    const created = await createWatch(user, { tconst: 'tt0000001', watchedOn: '2025-03-04', grade: 10 });
    if (!created.ok) throw new Error('not created');
    id = created.watch.id;
    await expectIncrementalAsRebuild([id]);
  });

  it('follow an edited grade', async () => {
    await updateWatch(user, id, { grade: 2 });
    await expectIncrementalAsRebuild([id]);
  });

  it('follow a deletion and a restore', async () => {
    await deleteWatch(user, id);
    await expectIncrementalAsRebuild([id]);
    await restoreWatch(user, id);
    await expectIncrementalAsRebuild([id]);
  });

  it('follow an import committed, then undone', async () => {
    const preview = await previewImport(user, [importFile(FIXTURES, 'imdb-ratings-2021-cp1252.csv')]);
    if (!preview.ok) throw new Error('no preview');
    const committed = await commitImport(user, preview.summary.batchId);
    if (!committed.ok) throw new Error(committed.message);
    const imported = await db().watch.findMany({ where: { userId: user, importBatchId: preview.summary.batchId } });
    expect(imported.length).toBeGreaterThan(0);
    const ids = imported.map((w) => w.id);
    await expectIncrementalAsRebuild(ids);
    expect((await getDashboard(user, ALL)).totals.viewings).toBe(8 + ids.length);
    await undoImport(user, preview.summary.batchId);
    await expectIncrementalAsRebuild(ids);
    expect((await getDashboard(user, ALL)).totals.viewings).toBe(8);
  });
});
