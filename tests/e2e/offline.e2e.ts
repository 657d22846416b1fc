import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { deleteViewings, expect, snap, test } from './helpers';
import { logOffline, signedInWithWorker, viewingIds } from './offline-helpers';

// Offline-first logging on a phone: viewings logged with no network wait in the outbox (shown
// as pending, across reloads and a reopened app) and reach the journal exactly once when the
// network is back, even when the answer to the sync is lost on the way. What it logs is deleted
// again at the end, so the files after it (picks) see the journal they expect.

test.skip(({ isMobile }) => !isMobile, 'the offline flow is a phone flow');

async function offlineFlow(page: Page, context: BrowserContext, testInfo: TestInfo, tconsts: string[], shots: boolean) {
  await signedInWithWorker(page);
  const before = await viewingIds(page, tconsts);
  // Online first, as a person would: the diary and the title pages are then on the phone.
  for (const path of ['/diary', ...tconsts.map((t) => `/titles/${t}`)]) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }

  await context.setOffline(true);
  for (const tconst of tconsts) await logOffline(page, tconst);
  const banner = page.getByTestId('offline-banner');
  await expect(banner).toContainText('You’re offline');
  await expect(banner).toContainText('3 viewings waiting to sync');
  if (shots) await snap(page, testInfo, 'offline-banner');

  // The app closed and opened again, still offline: the diary (from the cache) shows them pending.
  await page.close();
  const phone = await context.newPage();
  await phone.goto('/diary');
  await expect(phone.getByTestId('pending-viewing')).toHaveCount(3);
  await expect(phone.getByTestId('pending-viewing').first()).toContainText('Pending');
  await phone.reload();
  await expect(phone.getByTestId('pending-viewing')).toHaveCount(3);
  if (shots) await snap(phone, testInfo, 'offline-pending-diary');

  const reconnected = Date.now();
  await context.setOffline(false);
  await expect(phone.getByTestId('pending-viewing')).toHaveCount(0, { timeout: 30_000 });
  await expect(phone.getByTestId('offline-banner')).toBeHidden();
  const syncedMs = Date.now() - reconnected;
  testInfo.annotations.push({ type: 'reconnect-to-synced-ms', description: String(syncedMs) });
  console.log(`${testInfo.title}: reconnect → synced in ${syncedMs} ms`);

  const after = await viewingIds(phone, tconsts);
  for (const t of tconsts) expect(after[t].length, `viewings of ${t}`).toBe(before[t].length + 1);
  return {
    phone,
    cleanUp: async () => {
      const added = tconsts.flatMap((t) => after[t].filter((id) => !before[t].includes(id)));
      await deleteViewings(phone, added);
    },
  };
}

test('three viewings logged offline reach the journal exactly once', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  const { phone, cleanUp } = await offlineFlow(page, context, testInfo, ['tt0000005', 'tt0000008', 'tt0000012'], true);
  await phone.reload();
  await snap(phone, testInfo, 'offline-synced');
  await cleanUp();
});

test('a sync whose answer is lost is resent and still logs each viewing once', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  let lost = 0;
  // The server gets the first POST and logs it; its answer never reaches the phone.
  await context.route('**/api/v1/watches', async (route) => {
    if (route.request().method() !== 'POST' || lost > 0) return route.fallback();
    lost += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  const { cleanUp } = await offlineFlow(page, context, testInfo, ['tt0000014', 'tt0000026', 'tt0000091'], false);
  expect(lost).toBe(1);
  await cleanUp();
});
