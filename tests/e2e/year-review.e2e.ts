import { writeFile } from 'node:fs/promises';
import {
  deleteViewings,
  ensureSampleData,
  expect,
  logViewings,
  signIn,
  snap,
  test,
  untilPosterShows,
  type Viewing,
} from './helpers';

// A year in review with posters, a series watched episode by episode, and no year before it:
// 2021, which no other file logs (2020 stays empty). The Sopranos and four of its episodes are
// rows of the real IMDb ratings export, logged as titles the sample data does not have; The
// Odyssey (2026) has a poster on the local stand-in for IMDb (playwright.config.ts). Each
// project logs the year afresh and deletes it again, so the other files see their own journal.

const provisional = (title: string, year: number, type: string) => ({ title, year, type, source: 'import' });
const SOPRANOS: [string, string][] = [
  ['tt0995839', 'The Sopranos: Made in America'],
  ['tt0995838', 'The Sopranos: The Blue Comet'],
  ['tt0995837', 'The Sopranos: The Second Coming'],
  ['tt0979771', 'The Sopranos: Stage 5'],
];
const YEAR: Viewing[] = [
  {
    tconst: 'tt0141842',
    watchedOn: '2021-02-01',
    grade: 10,
    provisional: provisional('The Sopranos', 1999, 'tvSeries'),
  },
  ...SOPRANOS.map(([tconst, title], i) => ({
    tconst,
    watchedOn: `2021-01-2${i}`,
    grade: 10,
    provisional: provisional(title, 2007, 'tvEpisode'),
  })),
  {
    tconst: 'tt33764258',
    watchedOn: '2021-03-14',
    grade: 9,
    provisional: { title: 'The Odyssey', year: 2026, type: 'movie', source: 'imdb-web' },
  },
  { tconst: 'tt0000439', watchedOn: '2021-05-02', grade: 8 },
  { tconst: 'tt0000001', watchedOn: '2021-06-06', grade: 7 },
  { tconst: 'tt0000005', watchedOn: '2021-07-07', grade: 6 },
];

test('a year in review: posters, a series once for its episodes, no comparison with an empty year', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await signIn(page);
  await ensureSampleData(page);
  const ids = await logViewings(page, YEAR);
  try {
    const top = page.getByTestId('review-top').getByRole('listitem');
    await untilPosterShows(
      page,
      '/stats/2021',
      top.nth(1).getByRole('img', { name: 'Poster of The Odyssey (2026)' }),
      300,
    );
    await expect(page.getByRole('heading', { name: '2021 in review', level: 1 })).toBeVisible();

    // Five of the top five, the series once: its episodes are counted, not listed.
    await expect(top).toHaveCount(5);
    await expect(top.first()).toContainText('The Sopranos (1999)');
    await expect(top.first()).toContainText('10.0 · 4 episodes');
    await expect(page.getByTestId('review-top')).not.toContainText('Made in America');
    await expect(top.nth(2)).toContainText('The Great Train Robbery');

    // 2020 has nothing: no "on the year before", no "(was 0%)".
    await expect(page.getByText('on the year before')).toHaveCount(0);
    const genres = page.getByTestId('chart-review-genres');
    await expect(genres).toContainText('Nothing is logged in 2020 to compare with.');
    await expect(genres).not.toContainText('was');
    await snap(page, testInfo, 'year-review-posters');

    const image = await page.request.get('/stats/2021/image');
    expect(image.headers()['content-type']).toBe('image/png');
    await writeFile(`tests/e2e/screenshots/${testInfo.project.name}/year-review-share.png`, await image.body());
  } finally {
    await deleteViewings(page, ids);
  }
});
