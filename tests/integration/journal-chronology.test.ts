import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { commitImport, undoImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { createWatch, deleteWatch, restoreWatch, updateWatch } from '../../lib/journal/watch-writes';
import { createUser, setUpFreshDatabase } from '../helpers/api';

// Rewatches follow the dates, whoever writes: the earliest viewing of a title is the first and
// every later one a rewatch, after a viewing is logged before the others, moved, deleted or
// restored, and after an import is committed or undone.

await setUpFreshDatabase();
const userId = await createUser('chronologist');

let titles = 0;
/** A title of its own for each test (known provisionally: no IMDb data needed). */
function newTitle(): string {
  titles += 1;
  return `tt${String(9100000 + titles)}`;
}

async function log(tconst: string, watchedOn: string, rewatch = false): Promise<number> {
  const result = await createWatch(
    userId,
    { tconst, watchedOn, rewatch },
    { provisional: { title: `Film ${tconst}`, source: 'test' } },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.watch.id;
}

/** The title's live viewings in date order: [date, rewatch]. */
async function flags(tconst: string): Promise<[string | null, boolean][]> {
  const rows = await db().$queryRaw<{ on: string | null; rewatch: boolean }[]>`
    SELECT to_char(watched_on, 'YYYY-MM-DD') AS on, rewatch FROM watches
     WHERE user_id = ${userId} AND tconst = ${tconst} AND deleted_at IS NULL ORDER BY watched_on NULLS FIRST, id`;
  return rows.map((r) => [r.on, r.rewatch]);
}

describe('rewatch flags follow the dates', () => {
  it('a viewing logged before the first becomes the first; the former first a rewatch', async () => {
    const t = newTitle();
    await log(t, '2024-05-01');
    expect(await flags(t)).toEqual([['2024-05-01', false]]);
    await log(t, '2024-01-01');
    expect(await flags(t)).toEqual([
      ['2024-01-01', false],
      ['2024-05-01', true],
    ]);
    // Logged later, as a media server's late play is: a rewatch even if sent as none.
    await log(t, '2024-03-01', false);
    expect(await flags(t)).toEqual([
      ['2024-01-01', false],
      ['2024-03-01', true],
      ['2024-05-01', true],
    ]);
  });

  it('moving the first after another, deleting it and restoring it re-derive the flags', async () => {
    const t = newTitle();
    const first = await log(t, '2023-02-01');
    await log(t, '2023-06-01');
    expect(await updateWatch(userId, first, { watchedOn: '2023-09-01' })).toMatchObject({
      ok: true,
      watch: { rewatch: true },
    });
    expect(await flags(t)).toEqual([
      ['2023-06-01', false],
      ['2023-09-01', true],
    ]);
    const moved = await updateWatch(userId, first, { watchedOn: '2023-01-01' });
    expect(moved).toMatchObject({ ok: true, watch: { rewatch: false } });
    expect(await flags(t)).toEqual([
      ['2023-01-01', false],
      ['2023-06-01', true],
    ]);
    expect(await deleteWatch(userId, first)).toBe(true);
    expect(await flags(t)).toEqual([['2023-06-01', false]]);
    expect(await restoreWatch(userId, first)).toMatchObject({ rewatch: false });
    expect(await flags(t)).toEqual([
      ['2023-01-01', false],
      ['2023-06-01', true],
    ]);
  });

  it('a first viewing ticked as a rewatch (seen before the journal) keeps it', async () => {
    const t = newTitle();
    const id = await log(t, '2022-03-01', true);
    await log(t, '2022-08-01');
    expect(await flags(t)).toEqual([
      ['2022-03-01', true],
      ['2022-08-01', true],
    ]);
    // An edit of something else leaves it as it is.
    await updateWatch(userId, id, { grade: 8 });
    expect((await flags(t))[0]).toEqual(['2022-03-01', true]);
  });

  it('two viewings logged at the same moment: one first, one rewatch', async () => {
    const t = newTitle();
    await Promise.all([log(t, '2021-09-01'), log(t, '2021-09-01')]);
    expect(await flags(t)).toEqual([
      ['2021-09-01', false],
      ['2021-09-01', true],
    ]);
  });

  it('an undated viewing counts as the earliest', async () => {
    const t = newTitle();
    await log(t, '2021-04-01');
    await log(t, '');
    expect(await flags(t)).toEqual([
      [null, false],
      ['2021-04-01', true],
    ]);
  });

  it('a viewing of another account never changes the flags of this one', async () => {
    const t = newTitle();
    await log(t, '2020-05-01');
    const other = await createUser('someone-else');
    await createWatch(other, { tconst: t, watchedOn: '2019-01-01' }, { provisional: { title: 'X', source: 'test' } });
    expect(await flags(t)).toEqual([['2020-05-01', false]]);
  });

  it('an import of earlier viewings makes the journal’s rewatches; its undo gives the first back', async () => {
    const t = newTitle();
    const later = newTitle();
    await log(t, '2024-06-01');
    await log(later, '2019-01-01');
    const csv = `Const,Title,Date\n${t},Film ${t},2023-01-15\n${t},Film ${t},2023-03-15\n${later},Film ${later},2020-02-02\n`;
    const preview = await previewImport(userId, [{ name: 'log.csv', bytes: Buffer.from(csv) }], {
      mapping: { imdbId: 'Const', title: 'Title', date: 'Date', dateOrder: 'ymd' },
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    const committed = await commitImport(userId, preview.summary.batchId);
    expect(committed.ok).toBe(true);
    expect(await flags(t)).toEqual([
      ['2023-01-15', false],
      ['2023-03-15', true],
      ['2024-06-01', true],
    ]);
    expect(await flags(later)).toEqual([
      ['2019-01-01', false],
      ['2020-02-02', true],
    ]);
    expect((await undoImport(userId, preview.summary.batchId)).ok).toBe(true);
    expect(await flags(t)).toEqual([['2024-06-01', false]]);
    expect(await flags(later)).toEqual([['2019-01-01', false]]);
  });
});
