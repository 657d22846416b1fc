import type { Page, TestInfo } from '@playwright/test';

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
