import { describe, expect, it } from 'vitest';
import { PATCH as patchOne } from '../../app/api/v1/watches/[id]/route';
import * as watchesRoute from '../../app/api/v1/watches/route';
import { commitImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { createWatch } from '../../lib/journal/watch-writes';
import { getDashboard } from '../../lib/stats/dashboard';
import { getYearReview } from '../../lib/stats/year-review';
import { call, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { importFile, REAL_EXPORTS } from '../helpers/import-journal';

// IMDb's "Date Rated" is the day a title was rated, not watched: the real ratings export (299
// titles, 85 of them rated on one day) imports as viewings "on or before" that day. Weekdays,
// the calendar and streaks leave them out and say how many; per year and per month keep them.

await setUpFreshDatabase();
const { id: userId, token } = await createUserWithToken('rater');
const ALL = { from: null, to: null, kind: 'all' } as const;

const ratingsFile = importFile(REAL_EXPORTS, 'imdb-export/ratings.csv');
const ratedDays = new TextDecoder()
  .decode(ratingsFile.bytes)
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(',')[2]);

const preview = await previewImport(userId, [ratingsFile]);
if (!preview.ok) throw new Error(JSON.stringify(preview));
if (!(await commitImport(userId, preview.summary.batchId)).ok) throw new Error('commit failed');
// Two evenings in a row, watched (not rated) recently: the only streak and calendar days there are.
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const [first, second] = [daysAgo(3), daysAgo(2)];
for (const [tconst, day] of [
  ['tt9200001', first],
  ['tt9200002', second],
]) {
  const logged = await createWatch(
    userId,
    { tconst, watchedOn: day, grade: 7 },
    { provisional: { title: tconst, source: 'test' } },
  );
  if (!logged.ok) throw new Error(JSON.stringify(logged));
}

async function jaws() {
  const { body } = await call(watchesRoute.GET, 'GET', '/api/v1/watches?q=Jaws', { token });
  return body.watches.find((w: { tconst: string }) => w.tconst === 'tt0073195');
}

describe('viewings dated by the day they were rated', () => {
  it('are imported as such and shown so by the API', async () => {
    expect(ratedDays).toHaveLength(299);
    const { status, body } = await call(watchesRoute.GET, 'GET', '/api/v1/watches?limit=50', { token });
    expect(status).toBe(200);
    // Newest first: the two watched this week, then rating dates only (the latest is in April 2026).
    expect(body.watches.map((w: { dateKind: string }) => w.dateKind)).toEqual([
      'watched',
      'watched',
      ...Array(48).fill('rated'),
    ]);
    expect(await jaws()).toMatchObject({ watchedOn: '2026-04-02', datePrecision: 'day', dateKind: 'rated' });
  });

  it('are left out of weekdays, the calendar and streaks, and counted', async () => {
    const { totals, weekdays, calendar, streaks } = await getDashboard(userId, ALL, { fresh: true });
    expect(totals.viewings).toBe(301);
    expect(totals.precision).toEqual({ day: 2, rated: 299, month: 0, year: 0, unknown: 0 });
    expect(weekdays.reduce((n, d) => n + d.viewings, 0)).toBe(2);
    expect(calendar.days).toEqual([
      { date: first, viewings: 1 },
      { date: second, viewings: 1 },
    ]);
    expect(streaks.longest).toEqual({ days: 2, from: first, to: second });
  });

  it('count per year and per month', async () => {
    const { perYear, perMonth } = await getDashboard(userId, ALL, { fresh: true });
    const byYear = new Map<string, number>();
    for (const day of [...ratedDays, first, second])
      byYear.set(day.slice(0, 4), (byYear.get(day.slice(0, 4)) ?? 0) + 1);
    expect(perYear.filter((y) => y.fresh + y.rewatches > 0).map((y) => [y.key, y.fresh + y.rewatches])).toEqual(
      [...byYear].sort(),
    );
    const february = perMonth.find((m) => m.key === '2026-02');
    expect((february?.fresh ?? 0) + (february?.rewatches ?? 0)).toBe(
      ratedDays.filter((d) => d.startsWith('2026-02')).length,
    );
  });

  it('are not the year in review’s first viewing while one on a known day is there', async () => {
    const review = await getYearReview(userId, Number(first.slice(0, 4)), 'all', { fresh: true });
    expect(review.first).toMatchObject({ tconst: 'tt9200001', watchedOn: first });
  });

  it('a grade edited keeps the rating date; a new date is a day of watching', async () => {
    const { id } = await jaws();
    const patch = (change: object) =>
      call(patchOne, 'PATCH', `/api/v1/watches/${id}`, { token, body: change, params: { id: String(id) } });
    expect((await patch({ grade: 8.5, watchedOn: '2026-04-02' })).body).toMatchObject({ dateKind: 'rated' });
    expect((await patch({ watchedOn: '2026-03-30' })).body).toMatchObject({ dateKind: 'watched' });
    expect((await patch({ dateKind: 'rated' })).body).toMatchObject({ dateKind: 'rated', watchedOn: '2026-03-30' });
  });
});
