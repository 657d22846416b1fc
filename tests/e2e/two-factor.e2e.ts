import { Secret, TOTP } from 'otpauth';
import { expect, OWNER, signIn, snap, submitLogin, test } from './helpers';

const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

// One run is enough: it turns two-factor sign-in on for the owner and off again at the end.
test.skip(({ isMobile }) => !isMobile, 'phone only');

test('two-factor sign-in: enrol with the QR code, sign in with a code, then with a recovery code', async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page);
  await page.goto('/settings', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the two-factor key' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel('Code from the app').fill(codeAt(secret, Date.now()));
  await page.getByRole('button', { name: 'Turn on' }).click();
  try {
    await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
    const codes = await page.getByTestId('recovery-codes').locator('li').allTextContents();
    await snap(page, testInfo, 'two-factor-recovery-codes');
    for (const code of [codeAt(secret, Date.now() + 30_000), codes[0]]) {
      const context = await browser.newContext({ ...testInfo.project.use });
      const other = await context.newPage();
      await other.goto('/login', { waitUntil: 'networkidle' });
      await submitLogin(other, OWNER.username, OWNER.password);
      await other.waitForURL(/\/login\/verify$/);
      await other.getByLabel('Code').fill(code);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.waitForURL((url) => !url.pathname.startsWith('/login'));
      await context.close();
    }
  } finally {
    await page.goto('/settings', { waitUntil: 'networkidle' });
    await page.getByLabel('Password or current code').fill(OWNER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByText('Two-factor sign-in is off.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();
  }
});
