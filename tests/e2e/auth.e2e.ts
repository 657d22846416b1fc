import { baseURL } from '../../playwright.config';
import { expect, OWNER, openScreen, signIn, snap, submitLogin, test } from './helpers';

test('pages need a session: a protected page redirects to login and comes back after it', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
  await submitLogin(page, OWNER.username, OWNER.password);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('the API answers 401 without a session or token, and accepts a token', async ({ request, page }) => {
  const anonymous = await request.get('/api/v1/me', { headers: { cookie: '' } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toBe('unauthorized');
  const badToken = await request.get('/api/v1/me', { headers: { authorization: 'Bearer mmj_nope' } });
  expect(badToken.status()).toBe(401);

  await signIn(page);
  await page.goto('/settings');
  await page.getByLabel('Label').fill(`e2e ${test.info().project.name}`);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByTestId('new-token').textContent();
  const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).username).toBe(OWNER.username);
});

test('a wrong password is refused with a message', async ({ page }, testInfo) => {
  await page.goto('/login');
  await submitLogin(page, OWNER.username, 'not the password');
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await snap(page, testInfo, 'login-wrong-password');
});

test('sign in shows the shell; sign out ends the session', async ({ page }, testInfo) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await snap(page, testInfo, 'shell');

  await openScreen(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await snap(page, testInfo, 'settings');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('after five wrong passwords in a row, the next attempt is refused for a while', async ({ browser }) => {
  // An account of its own, so the lock-out does not slow the other tests down.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login', { waitUntil: 'networkidle' });
  for (let attempt = 1; attempt <= 6; attempt++) {
    await submitLogin(page, `nobody-${test.info().project.name}`, 'wrong password');
    // React resets the form after each answer; typing before that would be wiped.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(
      page.getByText(attempt <= 5 ? 'Wrong username or password.' : 'Too many failed attempts'),
    ).toBeVisible();
  }
  await context.close();
});

test('rotating X-Forwarded-For does not escape the limit per address', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every test signs in from 127.0.0.1: a success clears that address's count of failures first.
  await signIn(page);
  await context.clearCookies();
  await page.goto('/login', { waitUntil: 'networkidle' });
  const project = test.info().project.name;
  for (let attempt = 1; attempt <= 12; attempt++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${attempt}` });
    await submitLogin(page, `spray-${project}-${attempt}`, 'wrong password');
    await expect(page.getByLabel('Password')).toHaveValue('');
    if (attempt <= 11) await expect(page.getByText('Wrong username or password.')).toBeVisible();
  }
  await expect(page.getByText('Too many failed attempts')).toBeVisible();
  // The whole test run shares this address: once the 4 s wait is over, a success clears its count.
  await page.waitForTimeout(4_500);
  await page.setExtraHTTPHeaders({});
  await signIn(page);
  await context.close();
});

test('a next parameter with a tab does not lead to another site', async ({ page }) => {
  await page.goto('/login?next=/%09/evil.example/x', { waitUntil: 'networkidle' });
  await submitLogin(page, OWNER.username, OWNER.password);
  await page.waitForURL((url) => url.pathname !== '/login');
  expect(new URL(page.url()).host).toBe(new URL(baseURL).host);
  expect(new URL(page.url()).pathname).toBe('/');
});
