import { SETUP_CODE } from '../../playwright.config';
import { expect, OWNER, snap, test } from './helpers';

test('a fresh instance asks for the setup code, then creates the owner and signs in', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await snap(page, testInfo, 'setup');

  const fill = async (code: string) => {
    await page.getByLabel('Setup code').fill(code);
    await page.getByLabel('Username').fill(OWNER.username);
    await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await page.getByLabel('Repeat password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Create the owner account' }).click();
  };

  await fill('WRONG-CODE');
  await expect(page.getByText('That is not the code the server printed')).toBeVisible();
  await expect(page.getByLabel('Username')).toHaveValue(OWNER.username);

  await fill(SETUP_CODE.toLowerCase());
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeVisible();
  await expect(page.getByText('No IMDb data yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  await snap(page, testInfo, 'home');

  // Once an owner exists, setup is closed: it sends to login, which sends a signed-in user home.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/$/);
});
