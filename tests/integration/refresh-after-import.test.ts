import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { commitImport, undoImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { getPickList } from '../../lib/picks/store';
import { pendingRefresh } from '../../lib/server/refresh-requests';
import { Refresher } from '../../lib/server/refresher';
import { createUser, loadSamples, setUpFreshDatabase } from '../helpers/api';
import { SAMPLE_GRADES as GRADES } from '../helpers/sample-grades';

// Nothing goes stale: after an import is committed, and after it is undone, the statistics'
// facts and this week's picks are rebuilt by the background refresher (as the server runs it
// from boot), without anyone pressing "Regenerate now" or opening the statistics.

const databaseUrl = await setUpFreshDatabase();
await loadSamples(databaseUrl);
const userId = await createUser('importer');
// Sweeps often: the ETL's requests come from outside, with no wake-up call.
const refresher = new Refresher({ quietMs: 0, sweepMs: 500, log: (line) => console.log(line) });
refresher.start();
afterAll(() => refresher.stop());

const CSV = `Const,Seen,Grade\n${GRADES.map(([t, g], i) => `${t},2025-06-${String(i + 1).padStart(2, '0')},${g}`).join('\n')}\n`;

/** Waits for the refresher to finish what the account asked for. */
async function settled(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await pendingRefresh(userId)) !== null) {
    if (Date.now() > deadline) throw new Error('the refresh never ran');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const factCount = async () => db().statsViewing.count({ where: { userId } });

describe('after an import', () => {
  let batchId = 0;

  it('commit: picks from the imported grades and the statistics facts, with no one asking', async () => {
    const preview = await previewImport(userId, [{ name: 'grades.csv', bytes: Buffer.from(CSV) }], {
      mapping: { imdbId: 'Const', date: 'Seen', dateOrder: 'ymd', grade: 'Grade', gradeScale: 10 },
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    batchId = preview.summary.batchId;
    expect(await getPickList(userId)).toBeNull();
    expect((await commitImport(userId, batchId)).ok).toBe(true);
    expect(await pendingRefresh(userId)).toBe('import');
    await settled();
    const list = await getPickList(userId);
    expect(list?.gradeCount).toBe(GRADES.length);
    expect(list?.sections.flatMap((s) => s.picks).length).toBeGreaterThan(0);
    expect(await factCount()).toBe(GRADES.length);
  }, 90_000);

  it('undo: the picks forget the grades, the facts the viewings', async () => {
    expect((await undoImport(userId, batchId)).ok).toBe(true);
    expect(await pendingRefresh(userId)).toBe('undo');
    await settled();
    expect((await getPickList(userId))?.gradeCount).toBe(0);
    expect(await factCount()).toBe(0);
  }, 90_000);
});

describe('after an IMDb data refresh', () => {
  it("rebuilds every account's statistics (the shown people's films counted) and picks", async () => {
    const preview = await previewImport(userId, [{ name: 'grades.csv', bytes: Buffer.from(CSV) }], {
      mapping: { imdbId: 'Const', date: 'Seen', dateOrder: 'ymd', grade: 'Grade', gradeScale: 10 },
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect((await commitImport(userId, preview.summary.batchId)).ok).toBe(true);
    await settled();
    await db().$executeRaw`DELETE FROM stats_person_films`;
    await loadSamples(databaseUrl, { force: true });
    expect(await pendingRefresh(userId)).toBe('imdb');
    await settled();
    expect(await db().statsPersonFilms.count()).toBeGreaterThan(0);
  }, 120_000);
});
