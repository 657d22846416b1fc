import { readFileSync } from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expect, openScreen, signIn, snap, test } from './helpers';

// A media server logs a film: the Plex URL made in Settings, the real Plex scrobble delivered as
// Plex sends it (multipart, poster included), the Home inbox, a grade in two taps, the diary.

const SAMPLES = path.resolve('../shared/realdata/media-servers');
const sample = (name: string) => JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));

test.use({ timezoneId: 'Europe/Berlin' });

/** Yesterday evening, so that the inbox says "last night"; each project its own play. */
function lastNight(project: string): number {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() - 1);
  at.setUTCHours(19, project === 'phone' ? 30 : 40, 0, 0);
  return Math.floor(at.getTime() / 1000);
}

test('a Plex delivery lands in the Home inbox, is graded in two taps and shows in the diary', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page);

  // Settings → Connections: a Plex URL, shown once with what to enter in Plex.
  await page.goto('/settings#connections', { waitUntil: 'networkidle' });
  const plex = page.getByTestId('connection-plex');
  // Not connected yet (this run's first project): Connect Plex opens the options first.
  const connect = plex.getByRole('button', { name: 'Connect Plex' });
  if (await connect.isVisible()) {
    await connect.click();
    await expect(plex.getByLabel('Time zone (the day a play is dated on)')).toHaveValue('Europe/Berlin');
    await snap(page, testInfo, 'connections-form');
  }
  await plex.getByRole('button', { name: /^Make (the webhook URL|a new URL)/ }).click();
  const shown = plex.getByTestId('webhook-url-plex');
  await expect(shown).toContainText('/api/v1/webhooks/plex/');
  await expect(plex).toContainText('Settings → Webhooks');
  await snap(page, testInfo, 'connections-new-url');
  const url = (await shown.textContent()) ?? '';
  expect(url.startsWith(baseURL)).toBe(true);

  // The media server has no session: a bare client posts, as Plex does, twice.
  const server = await playwrightRequest.newContext();
  const scrobble = sample('plex-media.scrobble-movie.json');
  scrobble.Metadata.lastViewedAt = lastNight(testInfo.project.name);
  const poster = { name: 'thumb.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(60_000, 0xff) };
  const first = await server.post(url, { multipart: { payload: JSON.stringify(scrobble), thumb: poster } });
  expect(await first.json()).toMatchObject({ outcome: 'logged', imdbId: 'tt0090728' });
  const again = await server.post(url, { multipart: { payload: JSON.stringify(scrobble), thumb: poster } });
  expect((await again.json()).outcome).toBe('duplicate');
  // A wrong secret is nobody's URL.
  expect((await server.post(`${url}x`, { multipart: { payload: JSON.stringify(scrobble) } })).status()).toBe(404);
  await server.dispose();

  // Home: the inbox names the player and the title; Grade, then 8.
  await openScreen(page, 'Home');
  const item = page.getByTestId('inbox-item').filter({ hasText: 'Big Trouble in Little China' }).first();
  await expect(item).toContainText(
    /Watched (last night|yesterday|on \w+) on SHIELD Android TV: Big Trouble in Little China \(1986\) — grade it/,
  );
  await snap(page, testInfo, 'home-inbox');
  await item.getByRole('button', { name: 'Grade' }).click();
  await snap(page, testInfo, 'home-inbox-grading');
  await item.getByRole('button', { name: '8', exact: true }).click();
  await expect(page.getByTestId('inbox-item').filter({ hasText: 'Big Trouble in Little China' })).toHaveCount(0);

  // The diary has the viewing with its grade.
  await openScreen(page, 'Diary');
  const entry = page.getByTestId('diary-entry').filter({ hasText: 'Big Trouble in Little China' }).first();
  await expect(entry).toBeVisible();
  await expect(entry.getByTitle('Grade 8 of 10')).toBeVisible();
  await snap(page, testInfo, 'webhook-diary');

  // The delivery log says what each delivery did.
  await page.goto('/settings#connections');
  const log = page.getByTestId('delivery');
  await expect(log.filter({ hasText: 'duplicate' }).first()).toContainText('this play was delivered before');
  await expect(log.filter({ hasText: 'logged' }).first()).toContainText('Big Trouble in Little China');
  await page.getByRole('heading', { name: 'Delivery log' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'delivery-log');
});
