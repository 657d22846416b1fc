import { ensureSampleData, expect, openScreen, signIn, snap, test } from './helpers';

// A title page from the bundled sample, logging it, the watchlist, and a person's page.

const TITLE = { tconst: 'tt0000439', name: 'The Great Train Robbery' };
const PERSON = "Gilbert M. 'Broncho Billy' Anderson";

test('a title page shows the title, its cast and crew; it can be logged and put on the watchlist', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await ensureSampleData(page);
  await page.goto(`/titles/${TITLE.tconst}`);

  await expect(page.getByRole('heading', { level: 1, name: TITLE.name })).toBeVisible();
  await expect(page).toHaveTitle(`${TITLE.name} (1903) · My Movie Journal`);
  await expect(page.getByText('Short · 1903 · 11m')).toBeVisible();
  const cast = page.getByTestId('cast');
  await expect(cast.getByRole('link', { name: PERSON })).toBeVisible();
  await expect(cast.getByText('as Bandit / Shot Passenger / Tenderfoot Dancer')).toBeVisible();
  await expect(page.getByTestId('crew')).toContainText('Director');
  // Its director (nm0692105) is not in the sample's name list: said so, with IMDb's page, never the id.
  const crew = page.getByTestId('crew');
  await expect(crew.getByRole('link', { name: 'name not loaded' }).first()).toBeVisible();
  await expect(crew.getByRole('link', { name: 'IMDb ↗' }).first()).toHaveAttribute(
    'href',
    'https://www.imdb.com/name/nm0692105/',
  );
  await expect(crew).not.toContainText(/nm\d{7}/);
  await expect(cast).not.toContainText(/nm\d{7}/);
  await expect(page.getByTestId('akas')).toContainText('Le vol du grand rapide');

  // A clean start for this project: the other project may have put it on the watchlist.
  const remove = page.getByRole('button', { name: 'Remove from watchlist' });
  if (await remove.isVisible()) {
    await remove.click();
    await expect(page.getByRole('button', { name: 'Add to watchlist' })).toBeVisible();
  }
  await snap(page, testInfo, 'title');

  // Log: the journal's sheet opens on this title; after Save the viewing is listed.
  const before = await page.getByTestId('viewings').getByRole('listitem').count();
  await page.getByRole('button', { name: 'Log', exact: true }).click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { name: TITLE.name })).toBeVisible();
  // The sheet is fixed to the viewport: a full-page shot would cut it in two.
  await snap(page, testInfo, 'title-log-sheet', { fullPage: false });
  await sheet.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByTestId('viewings').getByRole('listitem')).toHaveCount(before + 1);

  await page.getByRole('button', { name: 'Add to watchlist' }).click();
  await expect(page.getByRole('button', { name: 'Remove from watchlist' })).toBeVisible();
  await snap(page, testInfo, 'title-on-watchlist');

  // The watchlist shows it, sorted as chosen, linking back to the title.
  await openScreen(page, 'Watchlist');
  await expect(page.getByRole('heading', { name: 'Watchlist' })).toBeVisible();
  const entry = page.getByTestId('watchlist').getByRole('link', { name: TITLE.name });
  await expect(entry).toBeVisible();
  await page.getByRole('link', { name: 'IMDb rating' }).click();
  await expect(page).toHaveURL(/\/watchlist\?sort=rating$/);
  await expect(page.getByRole('link', { name: 'IMDb rating' })).toHaveAttribute('aria-current', 'true');
  await expect(entry).toBeVisible();
  await snap(page, testInfo, 'watchlist');

  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/titles/${TITLE.tconst}$`));

  // A person's page, from the cast.
  await page.getByTestId('cast').getByRole('link', { name: PERSON }).click();
  await expect(page).toHaveURL(/\/people\/nm0001908$/);
  await expect(page.getByRole('heading', { level: 1, name: PERSON })).toBeVisible();
  await expect(page.getByText('1880–1971')).toBeVisible();
  const acting = page.getByTestId('credits-acting');
  const more = acting.getByText(/^Show \d+ more$/);
  if (await more.isVisible()) await more.click();
  await expect(acting.getByRole('link', { name: new RegExp(TITLE.name) })).toContainText('as Bandit');
  await expect(page.getByTestId('seen-count')).not.toHaveText('0');
  await snap(page, testInfo, 'person');

  // Off the watchlist again, from the list.
  await page.goto('/watchlist');
  const item = page.getByTestId('watchlist').getByRole('listitem').filter({ hasText: TITLE.name });
  await item.getByRole('button', { name: 'Remove from watchlist' }).click();
  await expect(item).toBeHidden();
});

test('a person the loaded names lack is "Name not loaded", with a link to IMDb, never an id', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await ensureSampleData(page);
  await page.goto(`/titles/${TITLE.tconst}`);
  await page.getByTestId('crew').getByRole('link', { name: 'name not loaded' }).first().click();
  await expect(page).toHaveURL(/\/people\/nm0692105$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Name not loaded' })).toBeVisible();
  await expect(page).toHaveTitle('Name not loaded · My Movie Journal');
  await expect(page.getByRole('main').getByRole('link', { name: 'IMDb ↗' })).toHaveAttribute(
    'href',
    'https://www.imdb.com/name/nm0692105/',
  );
  await expect(page.getByText('Unnamed person')).toHaveCount(0);
  await expect(page.getByText(/does not hold this person/)).toBeVisible();
  await snap(page, testInfo, 'person-name-not-loaded');
});

test('an unknown title or person is a friendly 404', async ({ page }) => {
  await signIn(page);
  const title = await page.goto('/titles/tt9999999');
  expect(title?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Title not found' })).toBeVisible();
  const person = await page.goto('/people/nm9999999');
  expect(person?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Person not found' })).toBeVisible();
});
