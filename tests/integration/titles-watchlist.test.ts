import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import {
  addToWatchlist,
  isOnWatchlist,
  listWatchlist,
  removeFromWatchlist,
  type WatchlistItem,
} from '../../lib/journal/watchlist';
import { createUser, loadSamples, setUpFreshDatabase } from '../helpers/api';

// The watchlist on the real IMDb samples: adding once, removing, sorting by each key with
// titles lacking the key last, provisional titles, "seen" and one list per user.

const databaseUrl = await setUpFreshDatabase();

let alice: number;
let bob: number;

// tt0000439 The Great Train Robbery (1903, 11 min, 7.2); tt0000001 Carmencita (1894, 1 min, 5.7);
// tt0000628 The Adventures of Dollie (1908, 12 min, 5.7); tt0000846 (1909, no runtime, no rating).
const ADDED = ['tt0000001', 'tt0000439', 'tt0000846', 'tt0000628'];

beforeAll(async () => {
  await loadSamples(databaseUrl);
  alice = await createUser('alice');
  bob = await createUser('bob');
  for (const tconst of ADDED) {
    await addToWatchlist(alice, tconst);
    await new Promise((resolve) => setTimeout(resolve, 5)); // distinct added_at
  }
});

const ids = (items: WatchlistItem[]) => items.map((i) => i.tconst);

describe('the watchlist', () => {
  it('adds a title once', async () => {
    const again = await addToWatchlist(alice, 'tt0000439', 'a note');
    expect(again.created).toBe(false);
    expect(again.entry).toMatchObject({ tconst: 'tt0000439', note: null });
    expect(await db().watchlistEntry.count({ where: { userId: alice } })).toBe(4);
    expect(await isOnWatchlist(alice, 'tt0000439')).toBe(true);
    expect(await isOnWatchlist(bob, 'tt0000439')).toBe(false);
  });

  it('lists each title with its facts, newest added first', async () => {
    const items = await listWatchlist(alice);
    expect(ids(items)).toEqual([...ADDED].reverse());
    expect(items.find((i) => i.tconst === 'tt0000439')).toMatchObject({
      title: 'The Great Train Robbery',
      titleType: 'short',
      startYear: 1903,
      runtimeMinutes: 11,
      genres: ['Action', 'Adventure', 'Crime'],
      rating: 7.2,
      votes: 21870,
      seen: false,
      note: null,
    });
    expect(items[0].addedAt).toBeInstanceOf(Date);
  });

  it('sorts by rating, runtime and year, either way, titles without the value last', async () => {
    const facts = Object.fromEntries((await listWatchlist(alice)).map((i) => [i.tconst, i]));
    const expectSorted = (list: WatchlistItem[], key: 'rating' | 'runtimeMinutes' | 'startYear', dir: 1 | -1) => {
      const values = list.map((i) => i[key]);
      const present = values.filter((v): v is number => v != null);
      expect(present).toEqual([...present].sort((a, b) => dir * (a - b)));
      expect(values.slice(present.length).every((v) => v == null)).toBe(true);
    };
    expect(facts.tt0000846.rating).toBeNull();
    const byRating = await listWatchlist(alice, { sort: 'rating' });
    expectSorted(byRating, 'rating', -1);
    expect(byRating.at(-1)?.tconst).toBe('tt0000846');
    expectSorted(await listWatchlist(alice, { sort: 'rating', order: 'asc' }), 'rating', 1);
    const byRuntime = await listWatchlist(alice, { sort: 'runtime' });
    expectSorted(byRuntime, 'runtimeMinutes', 1);
    expect(byRuntime[0].tconst).toBe('tt0000001');
    expect(byRuntime.at(-1)?.tconst).toBe('tt0000846');
    expectSorted(await listWatchlist(alice, { sort: 'runtime', order: 'desc' }), 'runtimeMinutes', -1);
    expect(ids(await listWatchlist(alice, { sort: 'year' }))).toEqual([
      'tt0000846',
      'tt0000628',
      'tt0000439',
      'tt0000001',
    ]);
    expect(ids(await listWatchlist(alice, { sort: 'year', order: 'asc' }))).toEqual([
      'tt0000001',
      'tt0000439',
      'tt0000628',
      'tt0000846',
    ]);
    expect(ids(await listWatchlist(alice, { sort: 'added', order: 'asc' }))).toEqual(ADDED);
  });

  it('marks titles watched since (deleted viewings do not count)', async () => {
    await db().watch.create({ data: { userId: alice, tconst: 'tt0000439', watchedOn: new Date('2025-01-01') } });
    await db().watch.create({
      data: { userId: alice, tconst: 'tt0000001', watchedOn: new Date('2025-01-02'), deletedAt: new Date() },
    });
    await db().watch.create({ data: { userId: bob, tconst: 'tt0000628', watchedOn: new Date('2025-01-03') } });
    const seen = (await listWatchlist(alice)).filter((i) => i.seen).map((i) => i.tconst);
    expect(seen).toEqual(['tt0000439']);
  });

  it('names a title known only from IMDb’s website, and keeps one it cannot name', async () => {
    await db().$executeRaw`
      INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
      VALUES (${bob}, 'tt9999998', 'Web Only', 2025, 'movie', 'imdb-web')`;
    await addToWatchlist(bob, 'tt9999998');
    await addToWatchlist(bob, 'tt9999997', 'from an import');
    const items = await listWatchlist(bob);
    expect(items.map((i) => [i.tconst, i.title, i.startYear, i.titleType, i.note])).toEqual([
      ['tt9999997', null, null, null, 'from an import'],
      ['tt9999998', 'Web Only', 2025, 'movie', null],
    ]);
  });

  it('keeps each user’s list apart, and removes a title', async () => {
    expect(ids(await listWatchlist(bob))).not.toContain('tt0000439');
    expect(await removeFromWatchlist(bob, 'tt0000439')).toBe(false);
    expect(await removeFromWatchlist(alice, 'tt0000439')).toBe(true);
    expect(await removeFromWatchlist(alice, 'tt0000439')).toBe(false);
    expect(await isOnWatchlist(alice, 'tt0000439')).toBe(false);
    expect(ids(await listWatchlist(alice))).toEqual(['tt0000628', 'tt0000846', 'tt0000001']);
  });
});
