import { beforeAll, describe, expect, it } from 'vitest';
import { getYearReview, reviewYears } from '../../lib/stats/year-review';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// Year in review for 2024 of the fixture journal (tests/helpers/stats-fixture.ts), by hand.

const databaseUrl = await setUpFreshDatabase();
let user: number;

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
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
