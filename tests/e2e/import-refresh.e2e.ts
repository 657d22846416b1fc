import { SAMPLE_GRADES } from '../helpers/sample-grades';
import { ensureSampleData, expect, SAME_ORIGIN, signIn, snap, test } from './helpers';

// Nothing goes stale: an IMDb ratings export of a few of the bundled sample's titles is
// imported, and Home shows this week's picks made from its grades without anyone pressing
// "Regenerate now" (the server rebuilds them in the background and Home looks again by itself).
// The diary shows the ratings' dates as what they are: the viewing was on or before that day.
// The import is undone at the end.

// Three rating sessions of three titles each.
const GRADES = SAMPLE_GRADES.map(([tconst, grade], i) => [tconst, grade, `2025-06-0${1 + Math.floor(i / 3)}`]);
const RATINGS = `Const,Your Rating,Date Rated\n${GRADES.map((g) => g.join(',')).join('\n')}\n`;

test('after an import, Home shows picks without pressing Regenerate', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one run at a phone viewport is enough');
  test.setTimeout(180_000);
  await signIn(page);
  await ensureSampleData(page);
  const upload = await page.request.post('/api/v1/imports', {
    headers: SAME_ORIGIN,
    multipart: { file: { name: 'ratings.csv', mimeType: 'text/csv', buffer: Buffer.from(RATINGS) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { batchId } = await upload.json();
  try {
    const commit = await page.request.post(`/api/v1/imports/${batchId}/commit`, { headers: SAME_ORIGIN });
    expect(commit.ok(), await commit.text()).toBe(true);

    await page.goto('/');
    const teaser = page.locator('section').filter({ has: page.getByRole('heading', { name: "This week's picks" }) });
    const firstPick = teaser.getByRole('link').filter({ hasNotText: 'All picks' }).first();
    // Either still being made (and said so) or already there; never "appear once you have graded".
    await expect(teaser.getByText(/Updating your statistics and picks after your import…/).or(firstPick)).toBeVisible();
    await expect(teaser).not.toContainText('Picks appear once');
    await expect(firstPick).toBeVisible({ timeout: 90_000 });
    await expect(teaser.getByTestId('picks-updating')).toHaveCount(0);
    await snap(page, testInfo, 'home-picks-after-import');

    await page.goto('/picks');
    await expect(page.getByText(`from ${GRADES.length} graded titles`)).toBeVisible();

    await page.goto('/diary');
    const card = page.getByTestId('diary-entry').filter({ hasText: 'A Trip to the Moon' }).first();
    await expect(card.getByTestId('rated-date')).toHaveText('On or before 2 Jun');
    await snap(page, testInfo, 'diary-rating-dates');
  } finally {
    await page.request.post(`/api/v1/imports/${batchId}/undo`, { headers: SAME_ORIGIN });
  }
});
