import type { Page } from '@playwright/test';
import {
  controlledByWorker,
  deleteViewings,
  ensureSampleData,
  expect,
  logViewings,
  SAME_ORIGIN,
  signIn,
  snap,
  test,
  untilPosterShows,
} from './helpers';

// Posters at a phone's size: the e2e server looks them up on a local stand-in for IMDb that
// serves the real saved suggestion answer (playwright.config.ts). The Odyssey (2026) has an
// image there; The Odyssey (2016) has none and keeps its letter tile. The stand-in also answers
// for one title of the bundled sample, The Great Train Robbery (tests/helpers/poster-server.ts).

const WITH_POSTER = { tconst: 'tt33764258', title: 'The Odyssey', year: 2026 };
const WITHOUT = { tconst: 'tt1424712', title: 'The Odyssey', year: 2016 };
const today = () => new Date().toISOString().slice(0, 10);

/** Logs the two Odysseys today, graded 8; returns the viewings' ids. */
function logOdysseys(page: Page, titles = [WITHOUT, WITH_POSTER]): Promise<number[]> {
  return logViewings(
    page,
    titles.map((t) => ({
      tconst: t.tconst,
      watchedOn: today(),
      grade: 8,
      provisional: { title: t.title, year: t.year, type: 'movie', source: 'imdb-web' },
    })),
  );
}

test('the diary and a title page show the cached poster, and the letter tile where there is none', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone-sized check');
  await signIn(page);
  const ids = await logOdysseys(page);

  // The diary renders at once with tiles; the background queue swaps in the poster.
  const poster = page.getByTestId('diary-entry').getByRole('img', { name: 'Poster of The Odyssey (2026)' }).first();
  await untilPosterShows(page, '/diary', poster, 150);
  const box = await poster.boundingBox();
  expect(box && Math.round((box.height / box.width) * 100) / 100).toBe(1.5);
  const tiled = page.getByTestId('diary-entry').filter({ hasText: WITHOUT.title }).filter({ hasText: '2016' });
  await expect(tiled.first()).toBeVisible();
  await expect(tiled.first().getByTestId('poster-image')).toHaveCount(0);
  await snap(page, testInfo, 'posters-diary');

  // The served file: long-cached, and only for a signed-in caller.
  const src = (await poster.getAttribute('src')) ?? '';
  const image = await page.request.get(src);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['cache-control']).toContain('immutable');

  await page.goto(`/titles/${WITH_POSTER.tconst}`);
  const large = page.getByRole('img', { name: 'Poster of The Odyssey (2026)' });
  await expect(large).toBeVisible();
  await expect.poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
  await snap(page, testInfo, 'posters-title');

  await page.goto(`/titles/${WITHOUT.tconst}`);
  await expect(page.getByRole('heading', { level: 1, name: WITHOUT.title })).toBeVisible();
  await expect(page.getByTestId('poster-image')).toHaveCount(0);

  const listed = await page.request.post('/api/v1/watchlist', {
    headers: SAME_ORIGIN,
    data: { tconst: WITH_POSTER.tconst },
  });
  expect(listed.ok()).toBe(true);
  await page.goto('/watchlist');
  // The poster link there is hidden from screen readers (the title's link follows it).
  const listPoster = page.getByTestId('watchlist').getByTestId('poster-image');
  await expect(listPoster).toBeVisible();
  await expect(listPoster).toHaveAttribute('alt', 'Poster of The Odyssey (2026)');
  await snap(page, testInfo, 'posters-watchlist');

  // Settings → Posters: the owner turns them off (tiles everywhere, no request), then on again.
  await page.goto('/settings');
  await expect(page.getByTestId('posters-state')).toContainText('On: this server asks IMDb');
  await page.getByRole('button', { name: 'Turn posters off' }).click();
  await expect(page.getByTestId('posters-state')).toContainText('Off: nothing is asked of IMDb');
  await page.getByRole('heading', { name: 'Posters' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'settings-posters-off');
  await page.goto('/watchlist');
  await expect(page.getByTestId('watchlist')).toContainText('The Odyssey');
  await expect(page.getByTestId('watchlist').getByTestId('poster-image')).toHaveCount(0);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Turn posters on' }).click();
  await expect(page.getByTestId('posters-state')).toContainText('On: this server asks IMDb');

  // Leave the journal and watchlist as they were for the other tests.
  await page.request.delete(`/api/v1/watchlist/${WITH_POSTER.tconst}`, { headers: SAME_ORIGIN });
  await deleteViewings(page, ids);
});

test('a search result shows its cached poster', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone-sized check');
  await signIn(page);
  await ensureSampleData(page);
  const results = page.getByTestId('search-result');
  const poster = results.first().getByRole('img', { name: 'Poster of The Great Train Robbery (1903)' });
  await untilPosterShows(page, '/search?q=great%20train%20robbery', poster, 150);
  await expect(results.first()).toContainText('The Great Train Robbery');
  const box = await poster.boundingBox();
  expect(box && Math.round((box.height / box.width) * 100) / 100).toBe(1.5);
  await snap(page, testInfo, 'posters-search');
});

test('posters seen once show offline too, from the service worker', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the offline app is a phone’s');
  await signIn(page);
  await controlledByWorker(page);
  const ids = await logOdysseys(page, [WITH_POSTER]);
  try {
    const poster = page.getByTestId('diary-entry').getByRole('img', { name: 'Poster of The Odyssey (2026)' }).first();
    await untilPosterShows(page, '/diary', poster, 150);
    const src = (await poster.getAttribute('src')) ?? '';
    // The worker keeps it as it passes (cache-first, under its versioned URL).
    await expect
      .poll(() => page.evaluate(async (url) => Boolean(await (await caches.open('posters')).match(url)), src))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(poster).toBeVisible();
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(150);
    await snap(page, testInfo, 'posters-offline-diary');
  } finally {
    await context.setOffline(false);
    await deleteViewings(page, ids);
  }
});
