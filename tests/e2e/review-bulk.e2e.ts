import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureSampleData, expect, signIn, snap, test } from './helpers';

// Clearing the review queue of a real Letterboxd export in a few taps: the IMDb ratings export
// first (its films become journal titles that the Letterboxd rows match), then the five
// Letterboxd files; on the review queue a selection of two rows, a key on the desktop, then
// "Accept … at 90 % or more" and "Leave all … unmatched" empty it. Times the bulk part and
// prints the figures. Both imports are undone at the end, so the other viewport starts afresh.

const REAL = path.resolve('../shared/realdata');
const LETTERBOXD = ['diary', 'ratings', 'reviews', 'watched', 'watchlist'].map((n) => `${REAL}/letterboxd/${n}.csv`);

async function importFiles(page: Page, files: string[]): Promise<string> {
  await page.goto('/import');
  await page.getByLabel('Files to import').setInputFiles(files);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await page.waitForURL(/\/import\/\d+$/, { timeout: 60_000 });
  const url = new URL(page.url()).pathname;
  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByRole('heading', { name: 'Import report', level: 1 })).toBeVisible({ timeout: 60_000 });
  return url;
}

async function undo(page: Page, batchPath: string) {
  await page.goto('/import');
  const batch = page.getByTestId('import-batch').filter({ has: page.locator(`a[href="${batchPath}"]`) });
  await batch.getByRole('button', { name: /^Undo/ }).click();
  await batch.getByRole('button', { name: 'Undo import' }).click();
  await expect(batch).toContainText('Undone');
}

test('the review queue of a Letterboxd export is cleared with bulk actions, then undone', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await signIn(page);
  await ensureSampleData(page);
  const imdb = await importFiles(page, [`${REAL}/imdb-export/ratings.csv`]);
  // The IMDb batch's report shows no review queue: its rows all have their title.
  await expect(page.getByTestId('review-count')).toHaveCount(0);
  const letterboxd = await importFiles(page, LETTERBOXD);
  await expect(page.getByTestId('import-counts').locator('[data-count="merged"]')).toContainText('541');
  await page.getByTestId('review-count').click();
  await expect(page.getByRole('heading', { name: 'Review queue', level: 1 })).toBeVisible();
  const total = page.getByTestId('review-total');
  const pending = async () => Number((await total.textContent())?.match(/^[\d,]+/)?.[0].replace(/,/g, ''));
  await expect(page.getByTestId('review-item').first()).toBeVisible();
  const queued = await pending();
  expect(queued).toBeGreaterThan(100);
  await snap(page, testInfo, 'review-queue');

  const started = Date.now();
  let taps = 0;
  // Two rows ticked and left unmatched together.
  const items = page.getByTestId('review-item');
  await items.nth(0).getByRole('checkbox').check();
  await items.nth(1).getByRole('checkbox').check();
  taps += 2;
  const selection = page.getByTestId('review-selection');
  await expect(selection).toContainText('2 rows selected');
  await snap(page, testInfo, 'review-selection');
  await selection.getByRole('button', { name: 'Leave them unmatched' }).click();
  taps += 1;
  await expect(total).toHaveText(new RegExp(`^${queued - 2} rows of this import`));
  let left = queued - 2;
  if (testInfo.project.name === 'desktop') {
    // The keys: the first row leaves the queue with u.
    await expect(page.getByTestId('review-keys')).toBeVisible();
    await page.keyboard.press('j');
    await page.keyboard.press('u');
    taps += 2;
    left -= 1;
    await expect(total).toHaveText(new RegExp(`^${left} rows of this import`));
  }
  // Every row whose best candidate is sure enough, accepted in one tap (offered only while some
  // row has a candidate: the bundled IMDb sample may know none of these films).
  const bulk = page.getByRole('region', { name: 'Bulk choices' });
  const accept = bulk.getByRole('button', { name: 'Accept', exact: true });
  let accepted = 0;
  if (await accept.isVisible()) {
    await bulk.getByLabel('Accept the best candidate of every row at').selectOption('90');
    await accept.click();
    taps += 2;
    await expect(bulk.getByRole('status').or(bulk.getByRole('alert'))).toContainText(
      /Matched [\d,]+ rows?\.|nothing was changed/,
    );
    accepted = left - (await pending());
    left -= accepted;
    await snap(page, testInfo, 'review-accepted');
  }
  // The rest, left unmatched in one tap.
  await bulk.getByRole('button', { name: `Leave all ${left.toLocaleString('en')} rows unmatched` }).click();
  taps += 1;
  await expect(total).toHaveText('Nothing of this import waits for review.');
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `[${testInfo.project.name}] review queue of the Letterboxd export: ${queued} rows, ${accepted} accepted in bulk, cleared in ${taps} taps and ${seconds.toFixed(1)} s`,
  );
  await snap(page, testInfo, 'review-cleared');

  // Undo takes both imports out, the rows accepted in bulk included.
  await undo(page, letterboxd);
  await undo(page, imdb);
  await page.goto('/diary?q=iron%20man');
  await expect(page.getByTestId('diary-entry')).toHaveCount(0);
});
