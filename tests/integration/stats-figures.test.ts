import { beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../../lib/stats/dashboard';
import { type StatsRange, yearRange } from '../../lib/stats/range';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadFixtureImdb, seedFixtureJournal } from '../helpers/stats-fixture';

// Every dashboard figure against values worked out by hand from tests/helpers/stats-fixture.ts.
// Per title (grade = your average of it): Alpha 8.5 (IMDb 8.0, seen twice: 9 then a rewatch 8),
// Beta 6 (6.0), Gamma 10 (9.0, a series), Delta 4 (5.0), Epsilon ungraded, Provisional One 7.5 (7.5).

const databaseUrl = await setUpFreshDatabase();
let user: number;

const ALL: StatsRange = { from: null, to: null, kind: 'all' };
const close = (n: number | null, digits = 4) => expect.closeTo(n ?? Number.NaN, digits);

beforeAll(async () => {
  await loadFixtureImdb(databaseUrl);
  user = await createUser('fan');
  await seedFixtureJournal(user, await createUser('other'));
});

describe('totals', () => {
  it('all time: deleted and other users’ viewings left out, unknown dates in', async () => {
    const { totals } = await getDashboard(user, ALL);
    expect(totals).toEqual({
      viewings: 7,
      titles: 6,
      rewatches: 1,
      minutes: 100 + 100 + 130 + 45 + 85 + 95,
      averageGrade: close((9 + 8 + 6 + 10 + 4 + 7.5) / 6),
      graded: 6,
      directors: 2, // Ann Auteur (crew and principals: once), Gus Gore
      actors: 2, // Cy Lead, Eve Star
      precision: { day: 4, rated: 0, month: 1, year: 1, unknown: 1 },
    });
  });

  it('a year takes partial dates whose whole period is inside it', async () => {
    const { totals } = await getDashboard(user, yearRange(2024));
    expect(totals).toMatchObject({ viewings: 5, titles: 4, rewatches: 1, minutes: 470, graded: 5 });
    expect(totals.averageGrade).toBeCloseTo(40.5 / 5);
  });

  it('a month range takes month-precise dates but not a year-precise one', async () => {
    const { totals } = await getDashboard(user, { from: '2024-03-01', to: '2024-03-31', kind: 'all' });
    expect(totals.viewings).toBe(3);
    expect(totals.precision).toEqual({ day: 2, rated: 0, month: 1, year: 0, unknown: 0 });
  });

  it('films vs series', async () => {
    expect((await getDashboard(user, { ...ALL, kind: 'films' })).totals.viewings).toBe(6);
    const series = await getDashboard(user, { ...ALL, kind: 'series' });
    expect(series.totals).toMatchObject({ viewings: 1, titles: 1, minutes: 45, directors: 0, actors: 1 });
  });
});

describe('when', () => {
  it('streaks: days in a row dated to the day, and weeks', async () => {
    const { streaks } = await getDashboard(user, ALL);
    expect(streaks.longest).toEqual({ days: 2, from: '2024-03-09', to: '2024-03-10' });
    expect(streaks.current).toBeNull();
    expect(streaks.longestWeeks).toEqual({ weeks: 1, from: '2024-06-10', to: '2024-06-16' });
  });

  it('per year, new vs rewatch, without the undated', async () => {
    const { perYear } = await getDashboard(user, ALL);
    expect(perYear.map(({ key, fresh, rewatches }) => [key, fresh, rewatches])).toEqual([
      ['2023', 1, 0],
      ['2024', 4, 1],
    ]);
  });

  it('per month: day and month precision, empty months filled', async () => {
    const { perMonth } = await getDashboard(user, ALL);
    expect(perMonth.map(({ key, fresh, rewatches }) => [key, fresh, rewatches])).toEqual([
      ['2023-12', 1, 0],
      ['2024-01', 0, 0],
      ['2024-02', 0, 0],
      ['2024-03', 3, 0],
      ['2024-04', 0, 0],
      ['2024-05', 0, 0],
      ['2024-06', 0, 1],
    ]);
    expect(perMonth[3].label).toBe('Mar 2024');
  });

  it('weekdays: only viewings dated to the day', async () => {
    const { weekdays } = await getDashboard(user, ALL);
    expect(weekdays.map((d) => d.viewings)).toEqual([0, 0, 0, 0, 0, 2, 2]);
    expect(weekdays[5]).toMatchObject({ key: '6', label: 'Saturday', averageGrade: close(8.5) });
    expect(weekdays[6].averageGrade).toBeCloseTo((4 + 7.5) / 2);
  });

  it('the calendar covers the 12 months up to the range’s end, from a Monday', async () => {
    const { calendar } = await getDashboard(user, yearRange(2024));
    expect(calendar.to).toBe('2024-12-31');
    expect(calendar.from).toBe('2024-01-01'); // 2024-12-31 − 364 days is a Tuesday; its Monday
    expect(calendar.days).toEqual([
      { date: '2024-03-09', viewings: 1 },
      { date: '2024-03-10', viewings: 1 },
      { date: '2024-06-15', viewings: 1 },
    ]);
  });
});

describe('what', () => {
  it('genres: a title counts in each of its genres; provisional titles bring theirs', async () => {
    const { genres } = await getDashboard(user, ALL);
    expect(genres.map((g) => [g.key, g.viewings, g.averageGrade])).toEqual([
      ['Drama', 4, close((9 + 8 + 10 + 4) / 4)],
      ['Crime', 2, close(8.5)],
      ['Comedy', 1, close(6)],
      ['Documentary', 1, close(7.5)],
      ['Horror', 1, close(4)],
      ['Mystery', 1, close(4)],
    ]);
  });

  it('decades and release years', async () => {
    const { decades, releaseYears } = await getDashboard(user, ALL);
    expect(decades.map((d) => [d.key, d.label, d.viewings, d.averageGrade])).toEqual([
      ['1980', '1980s', 1, close(4)],
      ['1990', '1990s', 2, close(8.5)],
      ['2000', '2000s', 1, close(6)],
      ['2010', '2010s', 2, close(10)],
      ['2020', '2020s', 1, close(7.5)],
    ]);
    expect(releaseYears.map((d) => [d.key, d.viewings])).toEqual([
      ['1987', 1],
      ['1994', 2],
      ['2001', 1],
      ['2010', 1],
      ['2015', 1],
      ['2023', 1],
    ]);
  });

  it('runtimes, types and regions of origin', async () => {
    const { runtimes, types, regions } = await getDashboard(user, ALL);
    expect(runtimes.map((r) => [r.key, r.viewings])).toEqual([
      ['0-60', 1],
      ['60-90', 1],
      ['90-120', 3],
      ['120-150', 1],
      ['150-180', 0],
      ['180-', 0],
    ]);
    expect(types.map((t) => [t.key, t.viewings])).toEqual([
      ['movie', 6],
      ['tvSeries', 1],
    ]);
    expect(regions.map((r) => [r.key, r.viewings])).toEqual([
      ['FR', 2],
      ['GB', 1],
    ]);
  });
});

describe('grades', () => {
  it('histogram in the diary filter’s buckets', async () => {
    const { grades } = await getDashboard(user, ALL);
    expect(grades.map((g) => g.key)).toEqual(['0.5', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(grades.map((g) => g.viewings)).toEqual([0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1]);
  });

  it('your grade against IMDb’s rating, per title', async () => {
    const { gradeVsRating } = await getDashboard(user, ALL);
    const r = [8, 6, 9, 5, 7.5];
    const g = [8.5, 6, 10, 4, 7.5];
    const mr = 35.5 / 5;
    const mg = 36 / 5;
    const sxy = r.reduce((s, x, i) => s + (x - mr) * (g[i] - mg), 0);
    const sxx = r.reduce((s, x) => s + (x - mr) ** 2, 0);
    expect(gradeVsRating.titles).toBe(5);
    expect(gradeVsRating.averageGap).toBeCloseTo(0.1);
    expect(gradeVsRating.slope).toBeCloseTo(sxy / sxx);
    expect(gradeVsRating.intercept).toBeCloseTo(mg - (sxy / sxx) * mr);
    expect(gradeVsRating.cells).toContainEqual({ grade: 8.5, rating: 8, titles: 1 });
    expect(gradeVsRating.cells).toHaveLength(5);
  });

  it('the titles you disagree with most, both ways', async () => {
    const { disagreements } = await getDashboard(user, ALL);
    expect(disagreements.higher.map((d) => [d.tconst, d.gap])).toEqual([
      ['tt0000003', close(1)],
      ['tt0000001', close(0.5)],
    ]);
    expect(disagreements.lower).toEqual([
      { tconst: 'tt0000004', title: 'Delta', year: 1987, grade: 4, rating: 5, gap: -1 },
    ]);
  });
});

describe('people', () => {
  it('directors from the crew and the principals, with unseen films of theirs', async () => {
    const { people } = await getDashboard(user, ALL);
    const directors = people.find((p) => p.role === 'directors');
    expect(directors?.mean).toBeCloseTo(36 / 5);
    // Ann Auteur: Alpha, Beta, Epsilon; Zeta (a film) unseen — its viewing was deleted; Eta is a series.
    expect(directors?.byTitles).toEqual([
      {
        nconst: 'nm0000001',
        name: 'Ann Auteur',
        titles: 3,
        graded: 2,
        averageGrade: 7.25,
        score: close((14.5 + 3 * 7.2) / 5),
        unseen: 1,
      },
      {
        nconst: 'nm0000007',
        name: 'Gus Gore',
        titles: 1,
        graded: 1,
        averageGrade: 4,
        score: close((4 + 3 * 7.2) / 4),
        unseen: 0,
      },
    ]);
    expect(directors?.byGrade).toEqual([]); // nobody has 3 graded titles
  });

  it('writers from the crew (a director who also writes counts in both)', async () => {
    const { people } = await getDashboard(user, ALL);
    expect(people.find((p) => p.role === 'writers')?.byTitles.map((p) => [p.nconst, p.titles])).toEqual([
      ['nm0000002', 1],
      ['nm0000001', 1],
    ]);
  });

  it('actors and actresses, ranked by grade with shrinkage once they have 3 graded titles', async () => {
    const { people } = await getDashboard(user, ALL);
    const actors = people.find((p) => p.role === 'actors');
    expect(actors?.byTitles.map((p) => [p.name, p.titles])).toEqual([
      ['Cy Lead', 3],
      ['Eve Star', 2],
    ]);
    expect(actors?.byGrade).toEqual([
      {
        nconst: 'nm0000003',
        name: 'Cy Lead',
        titles: 3,
        graded: 3,
        averageGrade: close(18.5 / 3),
        score: close((18.5 + 3 * 7.2) / 6),
        unseen: 1,
      },
    ]);
  });

  it('composers and cinematographers from the principals', async () => {
    const { people } = await getDashboard(user, ALL);
    expect(people.find((p) => p.role === 'composers')?.byTitles.map((p) => p.name)).toEqual(['Di Tune']);
    expect(people.find((p) => p.role === 'cinematographers')?.byTitles.map((p) => p.name)).toEqual(['Flo Lens']);
  });
});
