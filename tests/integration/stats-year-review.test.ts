import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { getYearReview, reviewYears } from '../../lib/stats/year-review';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { GAMMA_EPISODES, loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// Year in review for 2024 of the fixture journal (tests/helpers/stats-fixture.ts), by hand; then
// years of series episodes, with IMDb's episode rows (kept by this test's ETL) and without them.

const databaseUrl = await setUpFreshDatabase();
let user: number;

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl, { keepEpisodes: true });
  user = await createUser('fan');
  await seedFixtureJournal(user, await createUser('other'));
});

describe('year in review', () => {
  it('totals against the year before, and the years there are', async () => {
    const review = await getYearReview(user, 2024);
    expect(review.totals.viewings).toBe(5);
    expect(review.previousTotals.viewings).toBe(1);
    expect(await reviewYears(user)).toEqual([2024, 2023]);
  });

  it('top-graded titles, once each, by their best grade of the year', async () => {
    const { topTitles } = await getYearReview(user, 2024);
    expect(topTitles.map((t) => [t.tconst, t.grade])).toEqual([
      ['tt0000003', 10],
      ['tt0000001', 9],
      ['tt9000001', 7.5],
      ['tt0000002', 6],
    ]);
  });

  it('first and last viewing (dated to the day) and the busiest month', async () => {
    const review = await getYearReview(user, 2024);
    expect(review.first).toMatchObject({ tconst: 'tt0000001', watchedOn: '2024-03-09' });
    expect(review.last).toMatchObject({ tconst: 'tt0000001', watchedOn: '2024-06-15' });
    expect(review.busiestMonth).toEqual({ month: '2024-03', viewings: 3 });
  });

  it('people new that year: two titles or more, none seen before', async () => {
    const { newPeople } = await getYearReview(user, 2024);
    // Cy Lead is in Alpha and Beta too, but Delta (2023) made him known already.
    expect(newPeople).toEqual([
      { nconst: 'nm0000005', name: 'Eve Star', role: 'actors', titles: 2, averageGrade: 8 },
      { nconst: 'nm0000001', name: 'Ann Auteur', role: 'directors', titles: 2, averageGrade: 7.25 },
    ]);
  });

  it('genre mix against the year before', async () => {
    const { genres } = await getYearReview(user, 2024);
    expect(genres).toEqual([
      { genre: 'Drama', viewings: 3, share: 0.6, previous: 1 },
      { genre: 'Crime', viewings: 2, share: 0.4, previous: 0 },
      { genre: 'Comedy', viewings: 1, share: 0.2, previous: 0 },
      { genre: 'Documentary', viewings: 1, share: 0.2, previous: 0 },
    ]);
  });
});

/** Viewings dated to the day, one per [tconst, date, grade]. */
async function logViewings(userId: number, viewings: [string, string, number][]): Promise<void> {
  for (const [tconst, date, grade] of viewings) {
    await db().$executeRaw`INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, updated_at)
      VALUES (${userId}, ${tconst}, ${date}::date, 'day', ${grade}::numeric, now())`;
  }
}

describe('a year of a series and its episodes, after a year with nothing', () => {
  let binge: number;

  beforeAll(async () => {
    binge = await createUser('binge');
    const grades = [9, 10, 8, 9];
    await logViewings(binge, [
      ...GAMMA_EPISODES.map((tconst, i): [string, string, number] => [tconst, `2022-02-0${i + 1}`, grades[i]]),
      ['tt0000001', '2022-03-01', 8.5],
      ['tt0000002', '2022-03-02', 7],
      ['tt0000004', '2022-03-03', 6],
      ['tt0000006', '2022-03-04', 5],
      ['tt0000005', '2022-03-05', 4],
    ]);
  });

  it('lists the series once among the top five, with its episodes and their average grade', async () => {
    const { topTitles } = await getYearReview(binge, 2022);
    expect(topTitles.map((t) => [t.tconst, t.title, t.grade, t.episodes])).toEqual([
      ['tt0000003', 'Gamma', 9, 4],
      ['tt0000001', 'Alpha', 8.5, 0],
      ['tt0000002', 'Beta', 7, 0],
      ['tt0000004', 'Delta', 6, 0],
      ['tt0000006', 'Zeta', 5, 0],
    ]);
    expect(topTitles[0]).toMatchObject({ year: 2010, watchedOn: '2022-02-01' });
  });

  it('a guest actor of two episodes has one title, not two: no new favourite', async () => {
    const { newPeople } = await getYearReview(binge, 2022);
    expect(newPeople.map((p) => p.nconst)).toEqual(['nm0000003', 'nm0000001']);
  });

  it('makes no comparison with the empty year before', async () => {
    const review = await getYearReview(binge, 2022);
    expect(review.previousTotals.viewings).toBe(0);
    expect(review.genres[0]).toEqual({ genre: 'Drama', viewings: 7, share: 7 / 9, previous: null });
    expect(review.genres.every((g) => g.previous === null)).toBe(true);
  });

  it('the series graded itself keeps its own grade', async () => {
    await logViewings(binge, [['tt0000003', '2022-05-01', 9.5]]);
    const { topTitles } = await getYearReview(binge, 2022);
    expect(topTitles[0]).toMatchObject({ tconst: 'tt0000003', grade: 9.5, episodes: 4 });
    expect(topTitles).toHaveLength(5);
  });
});

describe('episodes known by their title only, as an IMDb export names them', () => {
  it('go under the series of that name in the journal', async () => {
    const imported = await createUser('imported');
    // Rows of the real IMDb ratings export (../shared/realdata/imdb-export/ratings.csv); the
    // fixture's IMDb data has none of them, as the default ETL keeps no episodes.
    const titles: [string, string, string, number][] = [
      ['tt0141842', 'The Sopranos', 'tvSeries', 1999],
      ['tt0995839', 'The Sopranos: Made in America', 'tvEpisode', 2007],
      ['tt0995838', 'The Sopranos: The Blue Comet', 'tvEpisode', 2007],
      ['tt0995837', 'The Sopranos: The Second Coming', 'tvEpisode', 2007],
      ['tt0979771', 'The Sopranos: Stage 5', 'tvEpisode', 2007],
    ];
    for (const [tconst, title, type, year] of titles) {
      await db().$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
        VALUES (${imported}, ${tconst}, ${title}, ${year}, ${type}, 'import')`;
    }
    await logViewings(imported, [
      ...titles.map(([tconst], i): [string, string, number] => [tconst, `2025-08-1${i}`, 10]),
      ['tt0000001', '2025-01-05', 9],
      ['tt0000002', '2025-01-06', 8],
    ]);
    const { topTitles } = await getYearReview(imported, 2025);
    expect(topTitles.map((t) => [t.tconst, t.title, t.year, t.grade, t.episodes])).toEqual([
      ['tt0141842', 'The Sopranos', 1999, 10, 4],
      ['tt0000001', 'Alpha', 1994, 9, 0],
      ['tt0000002', 'Beta', 2001, 8, 0],
    ]);

    // The series seen in another year only: still one entry, under the series.
    await db()
      .$executeRaw`UPDATE watches SET watched_on = '2024-05-05' WHERE user_id = ${imported} AND tconst = 'tt0141842'`;
    const later = await getYearReview(imported, 2025);
    expect(later.topTitles[0]).toMatchObject({ tconst: 'tt0141842', title: 'The Sopranos', grade: 10, episodes: 4 });
    expect(later.topTitles).toHaveLength(3);
  });
});
