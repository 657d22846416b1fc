import {
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  expect,
  type Locator,
  type Page,
  type TestInfo,
  type Worker,
} from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expectAccessible } from './a11y';

export { expect };

/**
 * Headers for a write through `page.request` with the page's session cookie: the API takes
 * those only from its own origin, as a browser would send them.
 */
export const SAME_ORIGIN = { origin: baseURL };

/** Listens on a browser context for Content-Security-Policy violations, adding each to `found`. */
async function watchCsp(context: BrowserContext, found: string[]): Promise<void> {
  // Chromium logs each violation as a console error (a service worker's in its own console).
  const check = (url: string, message: ConsoleMessage) => {
    if (/content security policy/i.test(message.text())) found.push(`${url}: ${message.text()}`);
  };
  const watchPage = (page: Page) => page.on('console', (message) => check(page.url(), message));
  const watchWorker = (worker: Worker) => worker.on('console', (message) => check(worker.url(), message));
  for (const page of context.pages()) watchPage(page);
  for (const worker of context.serviceWorkers()) watchWorker(worker);
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  // The DOM event too: it fires for report-only policies and whatever the console's wording.
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => found.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    const binding = window as unknown as { __reportCspViolation?: (text: string) => void };
    document.addEventListener('securitypolicyviolation', (e) =>
      binding.__reportCspViolation?.(
        `${e.disposition} ${e.effectiveDirective} violation: ${e.blockedURI || 'inline'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`,
      ),
    );
  });
}

/**
 * The `test` of every e2e file: it fails when the browser reports a Content-Security-Policy
 * violation in the test's context, or in any context the test opens itself.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      // Contexts a test opens with browser.newContext() (a second device) are watched as well.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchCsp(opened, violations);
        return opened;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export const OWNER = { username: 'owner', password: 'a long enough passphrase' };

/**
 * Saves a screenshot under tests/e2e/screenshots/<project>/<name>.png (the full page unless
 * `fullPage: false`, for a sheet fixed to the viewport) and checks the screen with axe in both
 * colour schemes.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<void> {
  // A screen wider than the phone scrolls sideways and hides the tab bar's taps.
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways, `${name}: the page is wider than the screen`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `tests/e2e/screenshots/${testInfo.project.name}/${name}.png`, fullPage });
  await expectAccessible(page, testInfo, name);
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

/** Waits until the service worker controls the page, so that what is opened now is cached. */
export async function controlledByWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

export interface Viewing {
  tconst: string;
  watchedOn: string;
  grade?: number;
  tags?: string[];
  /** A title the IMDb data does not have: what the app is to know of it. */
  provisional?: { title: string; year: number; type: string; source: string };
}

/** Logs viewings through the JSON API with the page's session; returns their ids. */
export async function logViewings(page: Page, viewings: Viewing[]): Promise<number[]> {
  const ids: number[] = [];
  for (const viewing of viewings) {
    const response = await page.request.post('/api/v1/watches', { headers: SAME_ORIGIN, data: viewing });
    expect(response.status(), await response.text()).toBe(201);
    ids.push((await response.json()).id);
  }
  return ids;
}

export async function deleteViewings(page: Page, ids: number[]): Promise<void> {
  for (const id of ids) await page.request.delete(`/api/v1/watches/${id}`, { headers: SAME_ORIGIN });
}

/**
 * Opens `path` again until the poster `image` is on it (the server's background queue fetches
 * posters while the first visits show letter tiles), then waits for the file: `width` pixels.
 */
export async function untilPosterShows(page: Page, path: string, image: Locator, width: number): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await expect(image).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(width);
}
