import { expect, type Page, type TestInfo } from '@playwright/test';

export const OWNER = { username: 'owner', password: 'a long enough passphrase' };

/** Saves a full-page screenshot under tests/e2e/screenshots/<project>/<name>.png. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `tests/e2e/screenshots/${testInfo.project.name}/${name}.png`, fullPage: true });
}

/** Fills and submits the login form of the current page, and waits for the server's answer. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

/** Signs the owner in and waits until the app has left the login page. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/login', { waitUntil: 'networkidle' });
  await submitLogin(page, OWNER.username, OWNER.password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Loads the bundled IMDb sample from the Data page unless the server already has it (an earlier
 * test file may have loaded it; every file must also work on its own).
 */
export async function ensureSampleData(page: Page): Promise<void> {
  const loaded = async () => (await page.request.get('/api/v1/titles/tt0000001')).ok();
  if (await loaded()) return;
  // The button works once the page is hydrated: wait for it, or the tap is lost under load.
  await page.goto('/status', { waitUntil: 'networkidle' });
  const load = page.getByRole('button', { name: 'Load sample data' });
  await expect(load).toBeEnabled();
  await load.click();
  await expect(page.getByTestId('etl-run').first()).toContainText('succeeded', { timeout: 90_000 });
  expect(await loaded()).toBe(true);
}

/** Follows the main navigation to a screen: straight there, or on a phone through More. */
export async function openScreen(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });
  const link = nav.getByRole('link', { name: label, exact: true });
  if ((await link.count()) > 0) {
    await link.click();
    return;
  }
  await nav.getByRole('link', { name: 'More', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: label }).click();
}
