import { describe, expect, it } from 'vitest';
import { exportJournalJson } from '../../lib/export';
import { commitImport } from '../../lib/import/commit';
import { previewImport } from '../../lib/import/preview';
import { listWatches } from '../../lib/journal/diary-query';
import { watchesOfTitle } from '../../lib/journal/watch-entry';
import { listWatchlist } from '../../lib/journal/watchlist';
import { getTitleDetails } from '../../lib/titles/title-details';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { importFile, REAL_EXPORTS } from '../helpers/import-journal';

// "A viewing's title" is written once (lib/titles/title-join.ts): a film imported from a real
// IMDb ratings export, with no IMDb data loaded, shows everything the export gave wherever the
// journal shows it, labelled as coming from the import.

await setUpFreshDatabase();
const userId = await createUser('imported');
const preview = await previewImport(userId, [
  importFile(REAL_EXPORTS, 'imdb-export/ratings.csv'),
  importFile(REAL_EXPORTS, 'imdb-export/watchlist.csv'),
]);
if (!preview.ok) throw new Error(JSON.stringify(preview));
const committed = await commitImport(userId, preview.summary.batchId);
if (!committed.ok) throw new Error(committed.message);

const JAWS = {
  title: 'Jaws',
  year: 1975,
  type: 'movie',
  genres: ['Adventure', 'Horror', 'Drama', 'Thriller'],
  runtimeMinutes: 124,
  rating: 8.1,
  votes: 734304,
  directors: ['Steven Spielberg'],
  provisional: true,
  provisionalSource: 'import',
};

describe('an imported title without IMDb data', () => {
  it('shows its genres, runtime, rating, votes and director in the diary, from the import', async () => {
    const [viewing] = await watchesOfTitle(userId, 'tt0073195');
    expect(viewing).toMatchObject(JAWS);
    const page = await listWatches(userId, { genre: 'Horror', limit: 100 });
    expect(page.watches.map((w) => w.tconst)).toContain('tt0073195');
    expect(page.watches.find((w) => w.tconst === 'tt0073195')).toMatchObject(JAWS);
  });

  it('shows the same on its title page', async () => {
    const title = await getTitleDetails('tt0073195', userId);
    expect(title).toMatchObject({
      source: 'provisional',
      provisionalSource: 'import',
      primaryTitle: 'Jaws',
      originalTitle: 'Jaws',
      startYear: 1975,
      runtimeMinutes: 124,
      genres: JAWS.genres,
      rating: { average: 8.1, votes: 734304 },
      provisionalDirectors: ['Steven Spielberg'],
    });
  });

  it('filters the diary by runtime and type with the same facts', async () => {
    const long = await listWatches(userId, { runtime: '120-150', limit: 100 });
    expect(long.watches.every((w) => w.runtimeMinutes !== null && w.runtimeMinutes >= 120)).toBe(true);
    expect(long.watches.map((w) => w.tconst)).toContain('tt0073195');
  });

  it('is seen by the export and the watchlist alike', async () => {
    const json = await exportJournalJson(userId);
    expect(json.viewings.find((v) => v.imdbId === 'tt0073195')).toMatchObject({ title: 'Jaws', year: 1975 });
    const listed = (await listWatchlist(userId)).find((w) => w.tconst === 'tt0390022');
    expect(listed).toMatchObject({
      title: 'Friday Night Lights',
      startYear: 2004,
      runtimeMinutes: 118,
      rating: 7.2,
      votes: 70651,
    });
    expect([...(listed?.genres ?? [])].sort()).toEqual(['Action', 'Drama', 'Sport']);
  });
});
