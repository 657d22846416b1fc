import type { BrowserContext, Page } from '@playwright/test';
import { deleteViewings, expect, SAME_ORIGIN, snap, test } from './helpers';
import {
  logOffline,
  logThroughApi,
  type ServerViewing,
  signedInWithWorker,
  viewingIds,
  viewingOnServer,
} from './offline-helpers';

// Offline changes other than logging, on a phone: edits and deletes wait in the outbox (shown
// as pending in the diary) and replay exactly once; an Undo of a delete not yet sent takes it
// back; a change the server refuses waits in "needs attention"; signing out leaves nothing of
// the journal on the device; a cached title page opens offline, says how old it is and logs;
// the search box finds the titles on the device.
// Everything made here is deleted again, so the files after it see the journal they expect.

test.skip(({ isMobile }) => !isMobile, 'the offline flow is a phone flow');
test.describe.configure({ timeout: 120_000 });

/** Carmencita (1894), logged offline by its name and year. */
const BY_NAME = 'tt0000001';

async function openDiaryOnline(page: Page): Promise<void> {
  await page.goto('/diary', { waitUntil: 'networkidle' });
}

/** The viewing's diary card. */
const card = (page: Page, v: ServerViewing) => page.locator(`[data-watch-id="${v.id}"]`).getByTestId('diary-entry');

async function editGradeOffline(page: Page, v: ServerViewing, grade: string): Promise<void> {
  await card(page, v).click();
  const sheet = page.getByRole('dialog', { name: v.title });
  await sheet.getByRole('button', { name: grade, exact: true }).click();
  await sheet.getByRole('button', { name: 'Save changes' }).click();
  await expect(sheet).toBeHidden();
}

async function deleteOffline(page: Page, v: ServerViewing) {
  await card(page, v).click();
  await page.getByRole('dialog', { name: v.title }).getByRole('button', { name: 'Delete' }).click();
  const toast = page.getByRole('status').filter({ hasText: `Deleted “${v.title}”` });
  await expect(toast).toBeVisible();
  return toast;
}

/** Goes online and waits for the outbox to be empty; returns the time it took. */
async function reconnect(page: Page, context: BrowserContext): Promise<number> {
  const start = Date.now();
  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toBeHidden({ timeout: 30_000 });
  return Date.now() - start;
}

test('an offline edit and delete replay exactly once; an Undo before the sync sends nothing', async ({
  page,
  context,
}, testInfo) => {
  await signedInWithWorker(page);
  const [edited, deleted, undone] = [
    await logThroughApi(page, 'tt0000005', 6),
    await logThroughApi(page, 'tt0000008', 4),
    await logThroughApi(page, 'tt0000012', 3),
  ];
  const writes: string[] = [];
  let lost = 0;
  await context.route('**/api/v1/watches/*', async (route) => {
    const request = route.request();
    if (request.method() === 'GET') return route.fallback();
    writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    // The first PATCH reaches the server, its answer never reaches the phone.
    if (request.method() !== 'PATCH' || lost > 0) return route.fallback();
    lost += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await openDiaryOnline(page);

  await context.setOffline(true);
  await editGradeOffline(page, edited, '9');
  await expect(card(page, edited).getByTestId('pending-badge')).toBeVisible();
  await expect(card(page, edited).getByTitle('Grade 9 of 10')).toBeVisible();
  await deleteOffline(page, deleted);
  await expect(card(page, deleted)).toHaveCount(0);
  await expect(page.getByTestId('pending-delete').filter({ hasText: deleted.title })).toBeVisible();
  const toast = await deleteOffline(page, undone);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Restored “${undone.title}”` })).toBeVisible();
  await expect(card(page, undone)).toBeVisible();
  await expect(page.getByTestId('offline-banner')).toContainText('2 changes waiting to sync');

  // Meanwhile another device writes a review of the viewing edited here.
  const other = await page.request.patch(`/api/v1/watches/${edited.id}`, {
    data: { review: 'Seen again on the laptop.' },
    headers: SAME_ORIGIN,
  });
  expect(other.status()).toBe(200);

  // Reopened offline, the diary still shows what waits.
  await page.reload();
  await expect(card(page, edited).getByTestId('pending-badge')).toBeVisible();
  await expect(card(page, deleted)).toHaveCount(0);
  await snap(page, testInfo, 'offline-edit-delete');

  const syncedMs = await reconnect(page, context);
  console.log(`${testInfo.title}: reconnect → synced in ${syncedMs} ms`);
  testInfo.annotations.push({ type: 'reconnect-to-synced-ms', description: String(syncedMs) });
  expect(lost).toBe(1);
  // The PATCH whose answer was lost is sent again (same key, replayed), the DELETE once.
  expect(writes.filter((w) => w.startsWith('PATCH'))).toHaveLength(2);
  expect(writes.filter((w) => w.startsWith('DELETE'))).toEqual([`DELETE /api/v1/watches/${deleted.id}`]);
  // Last writer wins per field: the grade from the phone, the review from the laptop.
  expect(await viewingOnServer(page, edited.id)).toMatchObject({ grade: 9, review: 'Seen again on the laptop.' });
  expect(await viewingOnServer(page, deleted.id)).toBeNull();
  expect(await viewingOnServer(page, undone.id)).toMatchObject({ grade: 3 });
  await context.unroute('**/api/v1/watches/*');
  await deleteViewings(page, [edited.id, undone.id]);
});

test('a change the server refuses waits in “needs attention”; sign-out then leaves nothing on the phone', async ({
  page,
  context,
}, testInfo) => {
  await signedInWithWorker(page);
  const viewings = [await logThroughApi(page, 'tt0000014', 6), await logThroughApi(page, 'tt0000026', 5)];
  await openDiaryOnline(page);

  // Edited here offline, deleted on another device meanwhile: the server answers 404.
  await context.setOffline(true);
  for (const v of viewings) await editGradeOffline(page, v, '8');
  await deleteViewings(
    page,
    viewings.map((v) => v.id),
  );
  await reconnect(page, context);
  const refused = page.getByTestId('needs-attention');
  await expect(refused).toHaveCount(2);
  await expect(refused.first()).toContainText('Edit');
  await expect(refused.first()).toContainText('no longer exists');
  // The diary catches up with the server: the viewings deleted there are gone here too.
  for (const v of viewings) await expect(card(page, v)).toHaveCount(0);
  await snap(page, testInfo, 'needs-attention');

  // Try again is refused again, and stays; Discard drops it, at the person's word.
  await refused.first().getByRole('button', { name: 'Try again' }).click();
  await expect(refused).toHaveCount(2);
  await refused.last().getByRole('button', { name: 'Discard' }).click();
  await expect(refused).toHaveCount(1);

  // Signing out warns about the change that never reached the server, then clears the phone.
  await page.goto('/settings');
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('1 change on this phone has not reached the server');
    dialog.accept();
  });
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/login/);
  const left = await page.evaluate(async () => {
    const outbox = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('mmj-offline', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'id' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('outbox').objectStore('outbox').count();
        count.onsuccess = () => resolve(count.result);
      };
    });
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (name.startsWith('serwist-precache')) continue;
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return { outbox, urls };
  });
  expect(left.outbox).toBe(0);
  // Only the app's shell and what was opened since (the sign-in page) are on the phone.
  expect(left.urls.filter((path) => /^\/(diary|titles|watchlist|stats|picks|api\/v1)/.test(path))).toEqual([]);

  // Another person on this phone, offline: no diary, only the offline page.
  await context.setOffline(true);
  await page.goto('/diary');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await expect(page.getByTestId('diary-entry')).toHaveCount(0);
  await snap(page, testInfo, 'offline-after-sign-out');
  await context.setOffline(false);
});

test('cached pages say how old they are; a title page opened before opens offline and logs', async ({
  page,
  context,
}, testInfo) => {
  await signedInWithWorker(page);
  const tconst = 'tt0000091';
  const before = await viewingIds(page, [tconst, BY_NAME]);
  for (const path of ['/search', '/diary', '/watchlist', '/stats', `/titles/${tconst}`]) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const precache = await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('serwist-precache'));
    if (!name) return { entries: 0, bytes: 0 };
    const cache = await caches.open(name);
    let bytes = 0;
    const keys = await cache.keys();
    for (const key of keys) bytes += (await (await cache.match(key))?.blob())?.size ?? 0;
    return { entries: keys.length, bytes };
  });
  console.log(`precache: ${precache.entries} entries, ${Math.round(precache.bytes / 1024)} KB`);
  testInfo.annotations.push({ type: 'precache', description: `${precache.entries} entries, ${precache.bytes} B` });

  await context.setOffline(true);
  for (const path of ['/diary', '/watchlist', '/stats']) {
    await page.goto(path);
    await expect(page.getByTestId('cached-copy')).toContainText(/Last updated .* this phone’s copy/);
  }
  await logOffline(page, tconst);
  await expect(page.getByTestId('cached-copy')).toBeVisible();
  await expect(page.getByTestId('pending-viewing')).toHaveCount(1);
  await snap(page, testInfo, 'offline-title');

  // The search box searches the titles on the phone, and a result opens the log sheet.
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search titles' });
  await box.fill(name.split(' ')[0]);
  const found = page.getByTestId('offline-results').getByTestId('search-result').filter({ hasText: name });
  await expect(found).toBeVisible();
  await snap(page, testInfo, 'offline-search');
  await found.click();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await page.keyboard.press('Escape');

  // Any title, by the name and year typed: the server finds it once the phone is online.
  await box.fill('carmencita 1894');
  await page.getByRole('button', { name: 'Log “carmencita (1894)”' }).click();
  const sheet = page.getByRole('dialog', { name: 'carmencita' });
  await expect(sheet).toContainText('Found by its name once online');
  await sheet.getByRole('button', { name: '4', exact: true }).click();
  await sheet.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sheet).toBeHidden();

  await reconnect(page, context);
  await expect(page.getByTestId('pending-viewing')).toHaveCount(0);
  const after = await viewingIds(page, [tconst, BY_NAME]);
  const added = [tconst, BY_NAME].flatMap((t) => after[t].filter((id) => !before[t].includes(id)));
  // One viewing each: the title page's log and the one by name.
  expect(after[tconst].length - before[tconst].length).toBe(1);
  expect(after[BY_NAME].length - before[BY_NAME].length).toBe(1);
  await deleteViewings(page, added);
});
