import type { Page } from '@playwright/test';
import { controlledByWorker, ensureSampleData, expect, logViewings, signIn } from './helpers';

// What the offline e2e files share: the service worker in control, logging from a cached
// title page, and viewings made and read through the API.

/** Signs in with the sample data loaded, the page under the service worker's control. */
export async function signedInWithWorker(page: Page): Promise<void> {
  await signIn(page);
  await ensureSampleData(page);
  await controlledByWorker(page);
}

/** Opens the cached title page and logs it with grade 5; the sheet closes with the offline toast. */
export async function logOffline(page: Page, tconst: string): Promise<void> {
  await page.goto(`/titles/${tconst}`);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  await page.getByRole('button', { name: 'Log', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: title });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: '5', exact: true }).click();
  await sheet.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this phone' })).toBeVisible();
}

export interface ServerViewing {
  id: number;
  tconst: string;
  title: string;
  grade: number | null;
  review: string | null;
}

/** Logs a viewing through the API today, as another device would (so it is at the diary's top). */
export async function logThroughApi(page: Page, tconst: string, grade: number): Promise<ServerViewing> {
  const [id] = await logViewings(page, [{ tconst, watchedOn: new Date().toISOString().slice(0, 10), grade }]);
  return (await viewingOnServer(page, id)) as ServerViewing;
}

/** The viewing as the server has it now, or null when it is gone. */
export async function viewingOnServer(page: Page, id: number): Promise<ServerViewing | null> {
  const response = await page.request.get(`/api/v1/watches/${id}`);
  return response.ok() ? ((await response.json()) as ServerViewing) : null;
}

/** The ids of the viewings of each title the journal has, through the API. */
export async function viewingIds(page: Page, tconsts: string[]): Promise<Record<string, number[]>> {
  const ids = Object.fromEntries(tconsts.map((t) => [t, [] as number[]]));
  let cursor: string | null = null;
  do {
    const response = await page.request.get(`/api/v1/watches?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    const body = (await response.json()) as { watches: { id: number; tconst: string }[]; nextCursor: string | null };
    for (const w of body.watches) ids[w.tconst]?.push(w.id);
    cursor = body.nextCursor;
  } while (cursor);
  return ids;
}
