import type { Page } from '@playwright/test';
import { ensureSampleData, expect, SAME_ORIGIN, signIn, snap, test } from './helpers';

// Statistics: a journal logged through the JSON API (with the session cookie), the dashboard
// and a year in review at both viewports in both colour schemes, and a tap from a genre bar to
// the filtered diary. Other files may have logged viewings too: assertions allow for them.

const TAG = 'stats-e2e';
const VIEWINGS = [
  { tconst: 'tt0000591', watchedOn: '2024-03-09', grade: 8 },
  { tconst: 'tt0000591', watchedOn: '2024-07-20', grade: 9, rewatch: true },
  { tconst: 'tt0000630', watchedOn: '2024-03-15', grade: 7 },
  { tconst: 'tt0000675', watchedOn: '2024-05', grade: 6 },
  { tconst: 'tt0000886', watchedOn: '2024', grade: 5 },
  { tconst: 'tt0000439', watchedOn: '2024-11-02', grade: 9.5 },
  { tconst: 'tt0000001', watchedOn: '2024-12-24', grade: 6.5 },
  { tconst: 'tt0000615', watchedOn: '2023-10-01', grade: 4 },
  { tconst: 'tt0000630', watchedOn: '2023-12-31', grade: 7.5 },
];

/** Logs the viewings once (the phone and desktop projects share the database). */
async function ensureJournal(page: Page) {
  const mine = await page.request.get(`/api/v1/watches?tag=${TAG}&limit=100`);
  expect(mine.ok()).toBe(true);
  if ((await mine.json()).watches.length >= VIEWINGS.length) return;
  for (const viewing of VIEWINGS) {
    const response = await page.request.post('/api/v1/watches', {
      headers: SAME_ORIGIN,
      data: { ...viewing, tags: [TAG] },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

test('the dashboard, a year in review, and a tap through to the diary', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  await ensureSampleData(page);
  await ensureJournal(page);
  const scheme = testInfo.project.use.colorScheme === 'dark' ? 'dark' : 'light';
  const other = scheme === 'dark' ? 'light' : 'dark';

  // All time: the range chips, the totals and every chart with its title and table.
  await page.goto('/stats');
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Range' }).getByRole('link', { name: '2024' })).toBeVisible();
  const total = await page.getByTestId('total-viewings').locator('span').nth(1).textContent();
  expect(Number((total ?? '').replace(/,/g, ''))).toBeGreaterThanOrEqual(VIEWINGS.length);
  for (const id of ['per-year', 'per-month', 'weekdays', 'calendar', 'genres', 'grades', 'people-directors']) {
    await expect(page.getByTestId(`chart-${id}`)).toBeVisible();
  }
  await expect(page.getByTestId('chart-weekdays')).toContainText('Only viewings dated to the day');
  await expect(page.getByTestId('chart-genres')).toContainText('counts in each of them');
  await snap(page, testInfo, 'stats-dashboard');
  await page.emulateMedia({ colorScheme: other });
  await snap(page, testInfo, `stats-dashboard-${other}`);
  await page.emulateMedia({ colorScheme: scheme });

  // A table view behind each chart.
  const genres = page.getByTestId('chart-genres');
  await genres.getByText('Table', { exact: true }).click();
  await expect(genres.getByRole('table')).toContainText('Drama');

  // 2024 only: the range selector is a link; then tap the Drama bar.
  await page.getByRole('navigation', { name: 'Range' }).getByRole('link', { name: '2024' }).click();
  await expect(page).toHaveURL(/\/stats\?year=2024$/);
  await expect(page.getByText('2024', { exact: true }).first()).toBeVisible();
  await snap(page, testInfo, 'stats-2024');
  const drama = page.getByTestId('chart-genres').locator('a[href*="genre=Drama"]').first();
  await drama.click();
  await expect(page).toHaveURL(/\/diary\?year=2024&genre=Drama$/);
  await expect(page.getByRole('heading', { name: 'Diary', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Genre')).toHaveValue('Drama');
  await expect(page.getByLabel('Year')).toHaveValue('2024');
  const entries = page.getByTestId('diary-entry');
  await expect(entries.filter({ hasText: 'The Prodigal Son' })).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Carmencita' })).toHaveCount(0);
  await snap(page, testInfo, 'stats-tap-through-diary');

  // The weekday bar links too: Saturday (2024-03-09 and 2024-07-20 were Saturdays).
  await page.goto('/stats?year=2024');
  await page.getByTestId('chart-weekdays').locator('a[href*="weekday=6"]').click();
  await expect(page).toHaveURL(/weekday=6/);
  await expect(page.getByRole('button', { name: 'Remove the filter Saturdays' })).toBeVisible();
  await expect(entries.filter({ hasText: 'The Prodigal Son' })).toHaveCount(2);

  // The year in review, and its image.
  await page.goto('/stats/2024');
  await expect(page.getByRole('heading', { name: '2024 in review', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Top graded' })).toBeVisible();
  await expect(page.getByText('The Great Train Robbery').first()).toBeVisible();
  await snap(page, testInfo, 'stats-year-review');
  await page.emulateMedia({ colorScheme: other });
  await snap(page, testInfo, `stats-year-review-${other}`);
  const image = await page.request.get('/stats/2024/image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});
