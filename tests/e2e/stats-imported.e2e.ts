import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, SAME_ORIGIN, signIn, snap, test } from './helpers';

// The dashboard over a real IMDb ratings export (299 grades). None of its titles is in the
// bundled IMDb sample, so the figures come from what the export says of each title (genres,
// runtime, year, IMDb rating, directors), and the diary and title pages show the same. The
// import is undone at the end: it leaves nothing behind.

const RATINGS = path.resolve('../shared/realdata/imdb-export/ratings.csv');

test('the dashboard over an imported IMDb ratings export', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page);
  const upload = await page.request.post('/api/v1/imports', {
    headers: SAME_ORIGIN,
    multipart: { file: { name: 'ratings.csv', mimeType: 'text/csv', buffer: await readFile(RATINGS) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { batchId } = await upload.json();
  try {
    expect((await page.request.post(`/api/v1/imports/${batchId}/commit`, { headers: SAME_ORIGIN })).ok()).toBe(true);
    await page.goto('/stats');
    await expect(page.getByRole('figure', { name: 'Genres' })).toContainText('Drama');
    await snap(page, testInfo, 'stats-imported-ratings');

    // The statistics' tap-through and the diary agree: the diary card of an imported film says
    // all the export said, labelled as imported, and so does its title page.
    await page.goto('/diary?genre=Horror');
    const card = page.getByTestId('diary-entry').filter({ hasText: 'Jaws' }).first();
    await expect(card).toContainText('Imported');
    await expect(card).toContainText('2h 4m');
    await expect(card.getByTestId('diary-entry-about')).toHaveText('IMDb 8.1 · Adventure, Horror · Steven Spielberg');
    await card.scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'diary-imported-title');
    await page.goto('/titles/tt0073195');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaws');
    await expect(page.getByRole('list', { name: 'Genres' })).toContainText('Thriller');
    await expect(page.getByTestId('provisional-directors')).toHaveText('Directed by Steven Spielberg');
    await expect(page.getByText('Known from your import only')).toBeVisible();
    await expect(page.locator('header')).toContainText('2h 4m');
    await snap(page, testInfo, 'title-imported');
  } finally {
    await page.request.post(`/api/v1/imports/${batchId}/undo`, { headers: SAME_ORIGIN });
  }
});
