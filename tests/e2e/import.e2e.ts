import path from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { JOURNAL_SHEET_MAPPING, journalWorkbook } from '../helpers/xlsx-fixture';
import { ensureSampleData, expect, signIn, snap, test } from './helpers';

// Importing from a phone: the real Letterboxd diary → preview → import → the report → one row of
// the review queue resolved by a search → the diary shows it → Undo takes the batch out again.
// Also: a file that is no export is refused with a message naming it, and a spreadsheet log
// goes through the column-mapping step. Runs on its own (it loads the bundled IMDb sample when
// the server has no data), and again after itself in the other viewport: it leaves nothing behind.

const DIARY = path.resolve('../shared/realdata/letterboxd/diary.csv');
const DIARY_ROWS = 299;

/** Wide content (the sample table) scrolls in its own box; the page never does. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
}

test('a file that is no export is refused with a clear message', async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto('/import');
  await page.getByLabel('Files to import').setInputFiles({
    name: 'holiday-photos.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync({ 'beach.txt': strToU8('not a film in sight') })),
  });
  await page.getByRole('button', { name: 'Preview import' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'holiday-photos.zip' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('diary.csv');
  await snap(page, testInfo, 'import-invalid');
  await expect(page).toHaveURL(/\/import$/);
});

test('a spreadsheet log asks which column is what, then previews', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  await ensureSampleData(page);
  await page.goto('/import');
  await page.getByLabel('Files to import').setInputFiles({
    name: 'filmlog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\uFEFFFilm;Jahr;Gesehen am;Punkte;Notiz\r\nThe Story of the Kelly Gang;1906;12.03.2024;4;Bushrangers!\r\nMiss Jerry;1894;01.02.2023;3,5;\r\n',
    ),
  });
  await page.getByRole('button', { name: 'Preview import' }).click();
  // The columns are asked the first time; the second run (the other viewport) finds them remembered.
  const mapping = page.getByRole('form', { name: 'Which column is what?' });
  const preview = page.getByRole('heading', { name: 'Preview', level: 1 });
  await expect(mapping.or(preview)).toBeVisible();
  if (await mapping.isVisible()) {
    await expect(mapping.getByRole('table')).toContainText('The Story of the Kelly Gang');
    await expect(mapping.getByLabel('Title', { exact: true })).toHaveValue('Film');
    await mapping.getByLabel('Year', { exact: true }).selectOption('Jahr');
    await mapping.getByLabel('Date watched').selectOption('Gesehen am');
    await mapping.getByLabel('Date order').selectOption('dmy');
    await mapping.getByLabel('Grade', { exact: true }).selectOption('Punkte');
    await mapping.getByLabel('Grade out of').selectOption('5');
    await mapping.getByLabel('Review or notes').selectOption('Notiz');
    await expectNoSidewaysScroll(page);
    await snap(page, testInfo, 'import-mapping');
    await mapping.getByRole('button', { name: 'Preview with these columns' }).click();
  }
  await page.waitForURL(/\/import\/\d+/);
  await expect(page.getByRole('heading', { name: 'Preview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('import-counts').locator('[data-count="rows"]')).toContainText('2');
  const kelly = page.getByTestId('import-record').filter({ hasText: 'The Story of the Kelly Gang' });
  await expect(kelly).toContainText('12 Mar 2024');
  await expect(kelly).toContainText('8/10');

  // The remembered columns can be changed: the mapping step again, pre-filled with them.
  const firstPreview = page.url();
  await page.getByRole('button', { name: 'Choose the columns again' }).click();
  const again = page.getByRole('form', { name: 'Which column is what?' });
  await expect(again).toBeVisible();
  await expect(again.getByLabel('Date watched')).toHaveValue('Gesehen am');
  await expect(again.getByLabel('Grade out of')).toHaveValue('5');
  await again.getByLabel('Grade out of').selectOption('10');
  await expectNoSidewaysScroll(page);
  await snap(page, testInfo, 'import-remap');
  await again.getByRole('button', { name: 'Preview with these columns' }).click();
  await page.waitForURL((url) => /\/import\/\d+$/.test(url.pathname) && url.href !== firstPreview);
  await expect(page.getByTestId('import-record').filter({ hasText: 'The Story of the Kelly Gang' })).toContainText(
    '4/10',
  );
  // …and are remembered so: the next file with these headers is read on a scale of 10.
  await page.getByRole('button', { name: 'Choose the columns again' }).click();
  await expect(again.getByLabel('Grade out of')).toHaveValue('10');
  await again.getByLabel('Grade out of').selectOption('5');
  await again.getByRole('button', { name: 'Preview with these columns' }).click();
  await expect(page.getByTestId('import-record').filter({ hasText: 'The Story of the Kelly Gang' })).toContainText(
    '8/10',
  );
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.waitForURL(/\/import$/);
  // The replaced previews are gone from the history.
  await expect(page.locator(`a[href="${new URL(firstPreview).pathname}"]`)).toHaveCount(0);
});

test('an .xlsx log: its columns, then a preview that lists the rows set aside as no viewing', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto('/import');
  await page.getByLabel('Files to import').setInputFiles({
    name: 'journal.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(journalWorkbook()),
  });
  await page.getByRole('button', { name: 'Preview import' }).click();
  const mapping = page.getByRole('form', { name: 'Which column is what?' });
  await expect(mapping.or(page.getByRole('heading', { name: 'Preview', level: 1 }))).toBeVisible();
  if (await mapping.isVisible()) {
    await mapping.getByLabel('Title', { exact: true }).selectOption(JOURNAL_SHEET_MAPPING.title);
    await mapping.getByLabel('Year', { exact: true }).selectOption(JOURNAL_SHEET_MAPPING.year);
    await mapping.getByLabel('Date watched').selectOption(JOURNAL_SHEET_MAPPING.date);
    await mapping.getByLabel('Date order').selectOption(JOURNAL_SHEET_MAPPING.dateOrder);
    await mapping.getByLabel('Grade', { exact: true }).selectOption(JOURNAL_SHEET_MAPPING.grade);
    await mapping.getByLabel('Grade out of').selectOption(String(JOURNAL_SHEET_MAPPING.gradeScale));
    await mapping.getByRole('button', { name: 'Preview with these columns' }).click();
  }
  await page.waitForURL(/\/import\/\d+/);
  await expect(page.getByTestId('import-counts').locator('[data-count="rows"]')).toContainText('7');
  const setAside = page.getByTestId('skipped-rows');
  await expect(setAside).toHaveText('5 rows were set aside as no viewing');
  await setAside.click();
  await expect(page.getByText('journal.xlsx/Journal, line 13')).toBeVisible();
  await expect(page.getByText('a total or average (=AVERAGE(D4:D11)), not a viewing')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await snap(page, testInfo, 'import-xlsx-preview');
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.waitForURL(/\/import$/);
});

test('upload a Letterboxd diary, preview, import, resolve a review item, see it in the diary, undo', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page);
  await ensureSampleData(page);

  await page.goto('/import');
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await snap(page, testInfo, 'import-upload');
  await page.getByLabel('Files to import').setInputFiles(DIARY);
  await expect(page.getByRole('list', { name: 'Chosen files' })).toContainText('diary.csv');
  await page.getByRole('button', { name: 'Preview import' }).click();

  // The preview: counts, and the records by status, nothing written yet.
  await page.waitForURL(/\/import\/\d+$/, { timeout: 60_000 });
  const batchUrl = page.url();
  await expect(page.getByRole('heading', { name: 'Preview', level: 1 })).toBeVisible();
  const counts = page.getByTestId('import-counts');
  await expect(counts.locator('[data-count="rows"]')).toContainText(String(DIARY_ROWS));
  await expect(page.getByTestId('import-record').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await snap(page, testInfo, 'import-preview');
  await page
    .getByRole('navigation', { name: 'Records by status' })
    .getByRole('link', { name: /To review/ })
    .click();
  await expect(page).toHaveURL(/status=review/);
  await expect(page.getByTestId('import-record').first()).toContainText('To review');

  // Import → the report.
  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByRole('heading', { name: 'Import report', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('review-count')).toBeVisible();
  await snap(page, testInfo, 'import-report');

  // The review queue, this import's rows: resolve the first by searching a title of the sample.
  await page.getByTestId('review-count').click();
  await expect(page.getByRole('heading', { name: 'Review queue', level: 1 })).toBeVisible();
  const item = page.getByTestId('review-item').first();
  await expect(item).toBeVisible();
  await snap(page, testInfo, 'import-review');
  const pending = async () => Number((await page.getByTestId('review-total').textContent())?.replace(/\D/g, ''));
  const before = await pending();
  expect(before).toBeGreaterThan(1);
  const firstTitle = await item.getByRole('heading').textContent();
  const more = item.getByRole('button', { name: 'Search another title' });
  if (await more.isVisible()) await more.click();
  await item.getByRole('searchbox', { name: 'Search a title' }).fill('the last of the mohicans');
  await item.getByRole('button', { name: 'Search', exact: true }).click();
  await item
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: 'Pick The Last of the Mohicans (1911)' })
    .click();
  await expect(page.getByTestId('review-item').first().getByRole('heading')).not.toHaveText(firstTitle ?? '');
  await expect(page.getByTestId('review-total')).toHaveText(new RegExp(`^${before - 1} rows of this import`));
  // Leave the next one unmatched: it leaves the queue, kept with its own title and year.
  const next = page.getByTestId('review-item').first();
  const nextTitle = await next.getByRole('heading').textContent();
  await next.getByRole('button', { name: 'Leave unmatched' }).click();
  await expect(page.getByTestId('review-item').first().getByRole('heading')).not.toHaveText(nextTitle ?? '');
  await expect(page.getByTestId('review-total')).toHaveText(new RegExp(`^${before - 2} rows of this import`));
  // The report counts the row left unmatched apart from those still to review.
  await page.getByRole('link', { name: '← Import report' }).click();
  await expect(page.getByTestId('import-counts').locator('[data-count="unmatched"]')).toContainText('1');
  await snap(page, testInfo, 'import-report-unmatched');

  // The diary shows it.
  await page.goto('/diary?q=mohicans');
  await expect(page.getByTestId('diary-entry').filter({ hasText: 'The Last of the Mohicans' }).first()).toBeVisible();

  // Undo in the history takes the whole batch out.
  await page.goto('/import');
  const batch = page
    .getByTestId('import-batch')
    .filter({ has: page.locator(`a[href="${new URL(batchUrl).pathname}"]`) });
  await batch.getByRole('button', { name: /^Undo/ }).click();
  await batch.getByRole('button', { name: 'Undo import' }).click();
  await expect(batch).toContainText('Undone');
  await page.goto('/diary?q=mohicans');
  await expect(page.getByTestId('diary-entry').filter({ hasText: 'The Last of the Mohicans' })).toHaveCount(0);
});

test('Settings downloads the journal as CSV or JSON and links to the import', async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto('/settings');
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Import and export' }) });
  await card.scrollIntoViewIfNeeded();
  for (const [name, extension] of [
    ['Download CSV', 'csv'],
    ['Download JSON', 'json'],
  ]) {
    const download = page.waitForEvent('download');
    await card.getByRole('link', { name }).click();
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^movie-journal-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`),
    );
  }
  await snap(page, testInfo, 'settings-export');
  await card.getByRole('link', { name: 'Import your history' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
});
