import type { APIResponse } from '@playwright/test';
import { expect, signIn, test } from './helpers';

// Every response carries the security headers: pages a nonce-based Content-Security-Policy,
// static files and public routes the same policy with 'self' scripts. The CSRF rule of the
// API, through the real server: a cookie write from another origin is refused.

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const where = response.url();
  expect(headers['content-security-policy'], where).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], where).toContain("object-src 'none'");
  expect(headers['content-security-policy'], where).toContain("base-uri 'self'");
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('same-origin');
  expect(headers['permissions-policy'], where).toContain('camera=()');
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['strict-transport-security'], where).toBeUndefined();
  return headers['content-security-policy'];
}

test('pages, API routes and static files carry the security headers', async ({ page }) => {
  await signIn(page);
  for (const path of ['/', '/diary', '/stats', '/settings', '/login', '/~offline', '/no-such-page']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    const policy = expectSecurityHeaders(response);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, path).toBeTruthy();
    if (response.status() !== 307) expect(await response.text(), path).toContain(`nonce="${nonce}"`);
  }
  for (const path of ['/api/v1/me', '/api/health', '/api/v1/openapi.json', '/manifest.webmanifest', '/serwist/sw.js']) {
    expectSecurityHeaders(await page.request.get(path));
  }
  const html = await (await page.request.get('/')).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expectSecurityHeaders(await page.request.get(asset as string));
  // Behind a TLS-terminating proxy, HSTS too.
  const https = await page.request.get('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
});

test('the API refuses a cookie write from another origin, and takes one from the app', async ({ page }) => {
  await signIn(page);
  const before = (await (await page.request.get('/api/v1/watchlist')).json()).items.length;
  const forged = await page.request.post('/api/v1/watchlist', {
    headers: { origin: 'http://127.0.0.1:9999', 'content-type': 'text/plain' },
    data: JSON.stringify({ tconst: 'tt0000001' }),
  });
  expect(forged.status()).toBe(403);
  expect((await (await page.request.get('/api/v1/watchlist')).json()).items.length).toBe(before);
  // The app's own pages send Origin (and Sec-Fetch-Site) with their writes.
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/v1/imports/2147483648/discard', { method: 'POST' });
    return response.status;
  });
  expect(status).toBe(400);
});

test('a Content-Security-Policy violation fails the test it happens in', async ({ page, cspViolations }) => {
  await signIn(page);
  await page.evaluate(() => {
    const image = new Image();
    image.src = 'http://127.0.0.1:9/tracker.png';
    document.body.append(image);
  });
  // Seen twice: in the console, and as the DOM's securitypolicyviolation event.
  await expect.poll(() => cspViolations.join('\n')).toContain('Content Security Policy');
  await expect
    .poll(() => cspViolations.join('\n'))
    .toContain('enforce img-src violation: http://127.0.0.1:9/tracker.png');
  // Forgotten here, since it was made on purpose; anywhere else the fixture fails the test.
  cspViolations.length = 0;
});
