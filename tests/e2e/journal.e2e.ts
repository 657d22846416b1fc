import type { Locator, Page } from '@playwright/test';
import { ensureSampleData, expect, signIn, snap, test } from './helpers';

// The journal's main path: search a title, log it in three taps, find it in the diary, change
// its grade, delete it and undo. Runs on its own: it loads the bundled sample when the
// server has no IMDb data yet.

test('search, log in three taps, then edit, delete and undo in the diary', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page);
  await ensureSampleData(page);

  // Search as you type keeps the URL in step.
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search titles' });
  await expect(box).toBeFocused();
  await box.fill('carmencita');
  await expect(page).toHaveURL(/\/search\?q=carmencita$/);
  const result = page.getByTestId('search-result').filter({ hasText: 'Carmencita' }).first();
  await expect(result).toBeVisible();
  await expect(result).toContainText('1894');
  await snap(page, testInfo, 'search-results');

  // Three taps: the result, a grade, Save.
  await result.click();
  const sheet = page.getByRole('dialog', { name: 'Carmencita' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-pressed', 'true');
  await sheet.getByRole('button', { name: '8', exact: true }).click();
  await expect(sheet.getByRole('button', { name: '8', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await snap(page, testInfo, 'log-sheet');
  await sheet.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Logged “Carmencita” · 8/10' })).toBeVisible();
  await expect(result).toContainText('Seen');

  // The diary has it, at the top of this month.
  await page
    .getByRole('navigation', { name: 'Main' })
    .filter({ visible: true })
    .getByRole('link', { name: 'Diary' })
    .click();
  await expect(page.getByRole('heading', { name: 'Diary', level: 1 })).toBeVisible();
  const entries = page.getByTestId('diary-entry').filter({ hasText: 'Carmencita' });
  const entry = entries.first();
  await expect(entry).toBeVisible();
  await expect(entry.getByTitle('Grade 8 of 10')).toBeVisible();

  // Edit: the grade, and under More a review and tags.
  await entry.click();
  const edit = page.getByRole('dialog', { name: 'Carmencita' });
  await expect(edit.getByRole('button', { name: '8', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await edit.getByRole('button', { name: '6', exact: true }).click();
  await edit.getByRole('button', { name: '+ ½' }).click();
  // (More is open already when the viewing has some of it, e.g. a rewatch.)
  const more = edit.getByRole('button', { name: /^(More|Less)/ });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await edit.getByLabel('Review').fill('<b>Dance</b> on film, in 1894!');
  const tags = edit.getByLabel('Tags');
  await tags.fill('silent');
  await tags.press('Enter');
  await tags.fill('dance');
  await snap(page, testInfo, 'edit-sheet');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(entry.getByTitle('Grade 6.5 of 10')).toBeVisible();
  await expect(entry).toContainText('silent');
  await expect(entry).toContainText('dance');
  // Reviews may hold HTML (imports): it is shown as text, never as markup.
  await expect(entry).toContainText('Dance on film, in 1894!');
  await expect(entry.locator('b')).toHaveCount(0);
  await snap(page, testInfo, 'diary');

  // Delete, then undo.
  const before = await entries.count();
  await entry.click();
  await page.getByRole('dialog', { name: 'Carmencita' }).getByRole('button', { name: 'Delete' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted “Carmencita”' });
  await expect(toast).toBeVisible();
  await expect(entries).toHaveCount(before - 1);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored “Carmencita”' })).toBeVisible();
  await expect(entries).toHaveCount(before);
  await expect(entries.first().getByTitle('Grade 6.5 of 10')).toBeVisible();

  // It stays after a reload (the undo reached the server).
  await page.reload();
  await expect(entries.first().getByTitle('Grade 6.5 of 10')).toBeVisible();
});

async function logFromSearch(
  page: Page,
  query: string,
  texts: string[],
  when: (sheet: Locator) => Promise<void>,
  grade?: string,
) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  let result = page.getByTestId('search-result');
  for (const text of texts) result = result.filter({ hasText: text });
  await result.first().click();
  const sheet = page.getByRole('dialog');
  await when(sheet);
  if (grade) await sheet.getByRole('button', { name: grade, exact: true }).click();
  await sheet.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toBeVisible();
}

test('partial dates: a month, a year or nothing, grouped in the diary; filters and search', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await ensureSampleData(page);

  await page.goto('/search?q=hamlet');
  await expect(page.getByTestId('search-result').nth(3)).toBeVisible();
  await expect(page.getByTestId('search-result').filter({ hasText: 'Original title “Amleto”' }).first()).toBeVisible();
  await snap(page, testInfo, 'search-list');

  await logFromSearch(
    page,
    'hamlet',
    ['1908 · Film', '“Amleto”'],
    async (sheet) => {
      await sheet.getByRole('button', { name: 'Month' }).click();
      await sheet.getByLabel('Month watched').fill('2024-03');
      await expect(sheet.getByTestId('date-summary')).toHaveText('March 2024');
    },
    '7',
  );
  await logFromSearch(
    page,
    'trip to the moon',
    ['A Trip to the Moon'],
    async (sheet) => {
      await sheet.getByRole('button', { name: 'Year' }).click();
      await sheet.getByLabel('Year watched').fill('2019');
    },
    '9',
  );
  await logFromSearch(page, 'great train robbery', ['The Great Train Robbery'], async (sheet) => {
    await sheet.getByRole('button', { name: 'Don’t know' }).click();
  });

  await page.goto('/diary');
  for (const heading of ['March 2024', 'Sometime in 2019', 'Date unknown']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  // Unknown dates come last.
  await expect(page.getByRole('heading', { level: 2 }).last()).toHaveText('Date unknown');
  await snap(page, testInfo, 'diary-groups');

  await page.getByLabel('Year', { exact: true }).selectOption('2019');
  await expect(page).toHaveURL(/year=2019/);
  await expect(page.getByTestId('diary-entry').first()).toContainText('A Trip to the Moon');
  await expect(page.getByTestId('diary-entry').filter({ hasNotText: 'A Trip to the Moon' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('searchbox', { name: 'Search your diary' }).fill('amleto');
  await expect(page).toHaveURL(/q=amleto/);
  await expect(page.getByTestId('diary-entry').first()).toContainText('Hamlet');
  await expect(page.getByTestId('diary-entry').filter({ hasNotText: 'Hamlet' })).toHaveCount(0);
});
