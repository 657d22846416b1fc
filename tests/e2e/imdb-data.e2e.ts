import { expect, signIn, snap, test } from './helpers';

test('the bundled sample loads from the Data page, which shows the run and the data', async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto('/status');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByTestId('etl-run').first()).toContainText('succeeded', { timeout: 60_000 });
  await expect(page.getByRole('cell', { name: 'title.basics' })).toBeVisible();
  await snap(page, testInfo, 'status');

  await page
    .getByRole('navigation', { name: 'Main' })
    .filter({ visible: true })
    .getByRole('link', { name: 'Home' })
    .click();
  await expect(page.getByText(/titles loaded/)).toBeVisible();
});
