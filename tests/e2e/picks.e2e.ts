import type { Page } from '@playwright/test';
import { SAMPLE_GRADES } from '../helpers/sample-grades';
import { ensureSampleData, expect, SAME_ORIGIN, signIn, snap, test } from './helpers';

// The Picks screen: grade a handful of the bundled sample's titles through the JSON API, make
// this week's picks, look at them, dismiss one (it stays gone), and see a predicted grade on a
// title page. Runs on its own (it loads the sample when the server has no IMDb data yet) and
// after the other files (whatever they logged only adds to the journal).

const GRADES = SAMPLE_GRADES;

/** Logs a viewing through the JSON API (once more if the connection dropped: the server may be busy loading). */
async function logViewing(page: Page, tconst: string, grade: number) {
  const post = () =>
    page.request.post('/api/v1/watches', {
      headers: SAME_ORIGIN,
      data: { tconst, grade, watchedOn: '2025-06-01' },
    });
  const answer = await post().catch(post);
  expect(answer.status()).toBe(201);
}

test('weekly picks with reasons; a dismissed pick stays gone', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  await ensureSampleData(page);
  for (const [tconst, grade] of GRADES) await logViewing(page, tconst, grade);

  await page.goto('/picks');
  await expect(page.getByRole('heading', { name: 'Picks', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Regenerate now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ picks from \d+ grades/ })).toBeVisible({
    timeout: 60_000,
  });
  const picks = page.getByTestId('pick');
  await expect(picks.first()).toBeVisible();
  for (const heading of ['Best unwatched in your genres', 'People to discover', 'Finish the filmography']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  // Every pick: a predicted grade, an IMDb rating, a reason, the three actions.
  const first = picks.first();
  await expect(first.getByTestId('predicted-grade')).toHaveText(/\d/);
  await expect(first.getByTitle(/IMDb rating/)).toBeVisible();
  await expect(first.getByRole('listitem').first()).not.toBeEmpty();
  await expect(first.getByRole('button', { name: 'Not interested' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Already seen' })).toBeVisible();
  // The films of the favourite director (Lumière) are there, said so.
  await expect(
    page
      .getByTestId('pick')
      .filter({ hasText: /on average \(3 graded\)/ })
      .first(),
  ).toBeVisible();
  await snap(page, testInfo, 'picks');

  // "Already seen" opens the log sheet.
  const title = (await first.getByRole('link').first().textContent()) ?? '';
  await first.getByRole('button', { name: 'Already seen' }).click();
  const sheet = page.getByRole('dialog', { name: title });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // "Not interested": gone at once, and after a reload.
  const dismissed = page
    .locator('[data-section="genres"] [data-testid="pick"], [data-section="discover"] [data-testid="pick"]')
    .first();
  const tconst = await dismissed.getAttribute('data-tconst');
  expect(tconst).toMatch(/^tt\d+$/);
  await dismissed.getByRole('button', { name: 'Not interested' }).click();
  await expect(page.locator(`[data-tconst="${tconst}"]`)).toHaveCount(0);
  await page.reload();
  await expect(picks.first()).toBeVisible();
  await expect(page.locator(`[data-tconst="${tconst}"]`)).toHaveCount(0);

  // A title page: a prediction, or (with only these nine grades, which IMDb's rating predicts as
  // well as the model) a note saying so; a graded title shows the grade given, never a prediction.
  await page.goto('/titles/tt0000026');
  const predicted = page.getByRole('region', { name: 'Your predicted grade' });
  await expect(predicted).toContainText(/your grades follow IMDb's closely|for you/);
  await page.goto('/titles/tt0000010');
  await expect(page.getByRole('region', { name: 'Your predicted grade' })).toContainText(/You gave it \d/);
  await snap(page, testInfo, 'title-predicted-grade');
});
