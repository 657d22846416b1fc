import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn, snap } from './helpers';

// The dashboard over a real IMDb ratings export (299 grades). None of its titles is in the
// bundled IMDb sample, so the figures come from what the export says of each title (genres,
// runtime, year, IMDb rating). The import is undone at the end: it leaves nothing behind.

const RATINGS = path.resolve('../shared/realdata/imdb-export/ratings.csv');

test('the dashboard over an imported IMDb ratings export', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page);
  const upload = await page.request.post('/api/v1/imports', {
    multipart: { file: { name: 'ratings.csv', mimeType: 'text/csv', buffer: await readFile(RATINGS) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { batchId } = await upload.json();
  try {
    expect((await page.request.post(`/api/v1/imports/${batchId}/commit`)).ok()).toBe(true);
    await page.goto('/stats');
    await expect(page.getByRole('figure', { name: 'Genres' })).toContainText('Drama');
    await snap(page, testInfo, 'stats-imported-ratings');
  } finally {
    await page.request.post(`/api/v1/imports/${batchId}/undo`);
  }
});
