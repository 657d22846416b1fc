import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, SAME_ORIGIN, signIn, snap, test } from './helpers';

// The dashboard over a real IMDb ratings export (299 grades). None of its titles is in the
// bundled IMDb sample, so the figures come from what the export says of each title (genres,
// runtime, year, IMDb rating). The import is undone at the end: it leaves nothing behind.

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
  } finally {
    await page.request.post(`/api/v1/imports/${batchId}/undo`, { headers: SAME_ORIGIN });
  }
});
