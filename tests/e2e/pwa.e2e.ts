import { expect, signIn, snap, test } from './helpers';

test('the web app manifest parses and names installable icons', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'My Movie Journal', display: 'standalone', start_url: '/' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('a service worker is active and serves the offline page without a network', async ({
  page,
  context,
}, testInfo) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeVisible();
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    }
    return { scope: registration.scope, state: worker?.state };
  });
  expect(state.state).toBe('activated');
  expect(new URL(state.scope).pathname).toBe('/');

  await context.setOffline(true);
  await page.goto('/a-page-never-visited');
  await expect(page.getByRole('heading', { name: /offline/i })).toBeVisible();
  await snap(page, testInfo, 'offline');
  await context.setOffline(false);
});
