import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { Prisma } from '../../lib/db/generated/client';
import { diaryFacets, distinctCompanions, distinctTags } from '../../lib/journal/diary-facets';
import { diaryOrder } from '../../lib/journal/diary-order';
import { listWatches, listWatchesQuery } from '../../lib/journal/diary-query';
import { getWatch, type WatchEntry, watchesOfTitle } from '../../lib/journal/watch-entry';
import { createWatch, deleteWatch, restoreWatch, UNKNOWN_TITLE, updateWatch } from '../../lib/journal/watch-writes';
import { freshDatabase } from '../helpers/database';

// The journal's functions on a real PostgreSQL, with a few IMDb titles in imdb.* tables
// shaped like the ETL's.

const url = await freshDatabase();
process.env.DATABASE_URL = url;
afterAll(() => db().$disconnect());

let alice: number;
let bob: number;

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function newUser(name: string): Promise<number> {
  const user = await db().user.create({ data: { username: name, passwordHash: 'scrypt$not-a-real-hash' } });
  return user.id;
}

async function logged(userId: number, input: Parameters<typeof createWatch>[1]): Promise<WatchEntry> {
  const result = await createWatch(userId, input);
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.watch;
}

beforeAll(async () => {
  await sql(`
    CREATE SCHEMA IF NOT EXISTS imdb;
    CREATE TABLE imdb.title_basics (tconst text PRIMARY KEY, title_type text, primary_title text,
      original_title text, is_adult boolean, start_year integer, end_year integer,
      runtime_minutes integer, genres text[]);
    CREATE TABLE imdb.title_ratings (tconst text PRIMARY KEY, average_rating numeric(3,1), num_votes integer);
    -- The other five, empty: the IMDb data counts as loaded when all seven tables exist.
    CREATE TABLE imdb.title_crew (tconst text PRIMARY KEY, directors text[], writers text[]);
    CREATE TABLE imdb.name_basics (nconst text PRIMARY KEY, primary_name text);
    CREATE TABLE imdb.title_akas (title_id text, ordering integer, title text, region text);
    CREATE TABLE imdb.title_episode (tconst text PRIMARY KEY, parent_tconst text, season_number integer,
      episode_number integer);
    CREATE TABLE imdb.title_principals (tconst text, ordering integer, nconst text, category text);
    INSERT INTO imdb.title_basics VALUES
      ('tt0000001', 'short', 'Carmencita', 'Carmencita', false, 1894, NULL, 1, '{Documentary,Short}'),
      ('tt0111161', 'movie', 'The Shawshank Redemption', 'The Shawshank Redemption', false, 1994, NULL, 142, '{Drama}'),
      ('tt0211915', 'movie', 'Amélie', 'Le fabuleux destin d''Amélie Poulain', false, 2001, NULL, 122, '{Comedy,Romance}'),
      ('tt0903747', 'tvSeries', 'Breaking Bad', 'Breaking Bad', false, 2008, 2013, 49, '{Crime,Drama,Thriller}');
    INSERT INTO imdb.title_ratings VALUES ('tt0111161', 9.3, 3000000), ('tt0211915', 8.3, 800000);`);
  alice = await newUser('alice');
  bob = await newUser('bob');
});

describe('createWatch', () => {
  it('stores a day, a month, a year and an unknown date with their precision, never inventing a day', async () => {
    const day = await logged(alice, { tconst: 'tt0111161', watchedOn: '2024-03-09', grade: '9' });
    const month = await logged(alice, { tconst: 'tt0111161', watchedOn: '2016-05', grade: 8.5 });
    const year = await logged(alice, { tconst: 'tt0111161', watchedOn: '2009' });
    const unknown = await logged(alice, { tconst: 'tt0111161', watchedOn: '' });

    expect([day, month, year, unknown].map((w) => [w.watchedOn, w.datePrecision])).toEqual([
      ['2024-03-09', 'day'],
      ['2016-05', 'month'],
      ['2009', 'year'],
      [null, 'unknown'],
    ]);
    const { rows } = await sql(
      `SELECT id, to_char(watched_on, 'YYYY-MM-DD') AS d, date_precision::text AS p FROM watches WHERE id = ANY($1) ORDER BY id`,
      [[day.id, month.id, year.id, unknown.id]],
    );
    expect(rows.map((r) => [r.d, r.p])).toEqual([
      ['2024-03-09', 'day'],
      ['2016-05-01', 'month'],
      ['2009-01-01', 'year'],
      [null, 'unknown'],
    ]);
  });

  it('returns plain values with the title joined in', async () => {
    const watch = await logged(alice, {
      tconst: 'tt0211915',
      watchedOn: '2023-12-24',
      grade: '7.5',
      rewatch: 'on',
      review: 'Paris!',
      tags: 'cinema, christmas, Cinema',
      place: ' Le Champo ',
      companions: ['Anna', 'Ben'],
    });
    expect(watch).toMatchObject({
      tconst: 'tt0211915',
      grade: 7.5,
      rewatch: true,
      review: 'Paris!',
      tags: ['cinema', 'christmas'],
      place: 'Le Champo',
      companions: ['Anna', 'Ben'],
      title: 'Amélie',
      originalTitle: "Le fabuleux destin d'Amélie Poulain",
      year: 2001,
      type: 'movie',
      genres: ['Comedy', 'Romance'],
      runtimeMinutes: 122,
      rating: 8.3,
      votes: 800000,
      provisional: false,
    });
    expect(typeof watch.createdAt).toBe('string');
  });

  it.each([
    ['0', 'Grades go from 0.5 to 10.'],
    ['10.5', 'Grades go from 0.5 to 10.'],
    ['7.3', 'Grades go in half steps: 7, 7.5, 8…'],
    ['great', 'A grade is a number from 0.5 to 10.'],
  ])('refuses the grade %s with a message for people', async (grade, message) => {
    const result = await createWatch(alice, { tconst: 'tt0111161', watchedOn: '2024-01-01', grade });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { grade: [message] } });
  });

  it.each([
    ['2024-02-30', 'There is no such day.'],
    ['2024-13', 'There is no such month.'],
    ['1850', 'Films exist since 1874: check the year.'],
    ['9999-01-01', 'That is in the future.'],
    ['yesterday', 'Use a date like 2024-03-09, a month like 2024-03, a year like 2024, or nothing.'],
  ])('refuses the date %s', async (watchedOn, message) => {
    const result = await createWatch(alice, { tconst: 'tt0111161', watchedOn });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { watchedOn: [message] } });
  });

  it('refuses a title known neither to the IMDb data nor as a provisional title, naming the field', async () => {
    const before = await db().watch.count({ where: { userId: alice } });
    expect(await createWatch(alice, { tconst: 'tt9999999', watchedOn: '2024-01-01' })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { tconst: [UNKNOWN_TITLE] },
    });
    expect(await db().watch.count({ where: { userId: alice } })).toBe(before);
  });

  it('refuses an id that is not an IMDb title id', async () => {
    const result = await createWatch(alice, { tconst: 'nm0000001', watchedOn: '' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { tconst: ['An IMDb title id looks like tt0111161.'] } });
  });

  it('records a title from IMDb’s website provisionally, until the datasets have it', async () => {
    const created = await createWatch(
      bob,
      { tconst: 'tt9999901', watchedOn: '2026-01-02', grade: 6 },
      { provisional: { title: 'A Brand New Film', year: 2026, type: 'movie', source: 'suggestion' } },
    );
    expect(created).toMatchObject({
      ok: true,
      watch: { title: 'A Brand New Film', year: 2026, type: 'movie', provisional: true, genres: [] },
    });
    // Once the ETL brings the title, its data wins.
    await sql(`INSERT INTO imdb.title_basics VALUES
      ('tt9999901', 'movie', 'A Brand-New Film', 'A Brand-New Film', false, 2025, NULL, 99, '{Drama}')`);
    const [watch] = await watchesOfTitle(bob, 'tt9999901');
    expect(watch).toMatchObject({ title: 'A Brand-New Film', year: 2025, provisional: false, genres: ['Drama'] });
    // A title the datasets have gets no provisional record.
    await createWatch(
      bob,
      { tconst: 'tt0000001', watchedOn: '' },
      { provisional: { title: 'Carmencita', source: 'find' } },
    );
    const { rows } = await sql('SELECT tconst FROM provisional_titles WHERE user_id = $1 ORDER BY tconst', [bob]);
    expect(rows).toEqual([{ tconst: 'tt9999901' }]);
  });

  it('takes the title off the watchlist when asked', async () => {
    await db().watchlistEntry.create({ data: { userId: bob, tconst: 'tt0903747' } });
    await db().watchlistEntry.create({ data: { userId: alice, tconst: 'tt0903747' } });
    await createWatch(bob, { tconst: 'tt0903747', watchedOn: '2025' }, { removeFromWatchlist: true });
    expect(await db().watchlistEntry.count({ where: { userId: bob, tconst: 'tt0903747' } })).toBe(0);
    expect(await db().watchlistEntry.count({ where: { userId: alice, tconst: 'tt0903747' } })).toBe(1);
  });
});

describe('updateWatch', () => {
  it('changes only the fields given', async () => {
    const watch = await logged(alice, { tconst: 'tt0000001', watchedOn: '2020-02-02', grade: 5, tags: ['silent'] });
    const result = await updateWatch(alice, watch.id, { grade: '6.5', watchedOn: '2020-02' });
    expect(result).toMatchObject({
      ok: true,
      watch: { grade: 6.5, watchedOn: '2020-02', datePrecision: 'month', tags: ['silent'] },
    });
    expect(await updateWatch(alice, watch.id, { grade: '' })).toMatchObject({ ok: true, watch: { grade: null } });
  });

  it('reports invalid values as field errors and changes nothing', async () => {
    const watch = await logged(alice, { tconst: 'tt0000001', watchedOn: '2020-02-02', grade: 5 });
    expect(await updateWatch(alice, watch.id, { grade: 11 })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { grade: ['Grades go from 0.5 to 10.'] },
    });
    expect((await getWatch(alice, watch.id))?.grade).toBe(5);
  });
});

describe('delete and restore', () => {
  it('hides a deleted viewing from every read until it is restored', async () => {
    const watch = await logged(alice, { tconst: 'tt0903747', watchedOn: '2019-07-07', tags: ['binge'] });
    expect(await deleteWatch(alice, watch.id)).toBe(true);
    expect(await deleteWatch(alice, watch.id)).toBe(false);

    expect(await getWatch(alice, watch.id)).toBeNull();
    expect((await watchesOfTitle(alice, 'tt0903747')).map((w) => w.id)).not.toContain(watch.id);
    expect((await listWatches(alice, { limit: 100 })).watches.map((w) => w.id)).not.toContain(watch.id);
    expect(await distinctTags(alice)).not.toContain('binge');
    expect(await updateWatch(alice, watch.id, { grade: 7 })).toEqual({ ok: false, error: 'not_found' });

    const restored = await restoreWatch(alice, watch.id);
    expect(restored).toMatchObject({ id: watch.id, watchedOn: '2019-07-07', tags: ['binge'] });
    expect(await restoreWatch(alice, watch.id)).toBeNull();
    expect(await getWatch(alice, watch.id)).not.toBeNull();
  });
});

describe('user isolation', () => {
  it('never returns, changes, deletes or restores another user’s viewing', async () => {
    const mine = await logged(alice, { tconst: 'tt0111161', watchedOn: '2024-06-01', grade: 10, tags: ['private'] });
    expect(await getWatch(bob, mine.id)).toBeNull();
    expect(await updateWatch(bob, mine.id, { grade: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect(await deleteWatch(bob, mine.id)).toBe(false);
    expect((await listWatches(bob, { limit: 100 })).watches.every((w) => w.id !== mine.id)).toBe(true);
    expect((await watchesOfTitle(bob, 'tt0111161')).length).toBe(0);
    expect(await distinctTags(bob)).not.toContain('private');

    await deleteWatch(alice, mine.id);
    expect(await restoreWatch(bob, mine.id)).toBeNull();
    await restoreWatch(alice, mine.id);
    expect((await getWatch(alice, mine.id))?.grade).toBe(10);
  });
});

describe('listWatches', () => {
  let carol: number;

  beforeAll(async () => {
    carol = await newUser('carol');
    const add = (tconst: string, watchedOn: string, extra: Record<string, unknown> = {}) =>
      logged(carol, { tconst, watchedOn, ...extra });
    await add('tt0111161', '2024-03-09', { grade: 9, tags: ['cinema'] });
    await add('tt0211915', '2024-03', { grade: 8.5, companions: ['Anna'] });
    await add('tt0000001', '2024-03-01', { grade: 3 });
    await add('tt0211915', '2024', { grade: 8, rewatch: true, tags: ['cinema'] });
    await add('tt0903747', '2024-01-01', { grade: 10 });
    await add('tt0111161', '', {});
    await add('tt0903747', '2023-12-31', { grade: 7.5, place: 'Home' });
  });

  it('orders newest first, a partial date after the days of its period, unknown last', async () => {
    const { watches, nextCursor } = await listWatches(carol);
    expect(watches.map((w) => w.watchedOn)).toEqual([
      '2024-03-09',
      '2024-03-01',
      '2024-03',
      '2024-01-01',
      '2024',
      '2023-12-31',
      null,
    ]);
    expect(nextCursor).toBeNull();
  });

  it('pages with a cursor without repeating or skipping', async () => {
    const all = (await listWatches(carol)).watches.map((w) => w.id);
    for (const limit of [1, 2, 3]) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listWatches>> = await listWatches(carol, { limit, cursor });
        expect(page.watches.length).toBeLessThanOrEqual(limit);
        seen.push(...page.watches.map((w) => w.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it('filters by year, grade, tag, genre, type and text', async () => {
    const titles = async (options: Parameters<typeof listWatches>[1]) =>
      (await listWatches(carol, options)).watches.map((w) => `${w.title} ${w.watchedOn ?? '?'}`);
    expect(await titles({ year: 2023 })).toEqual(['Breaking Bad 2023-12-31']);
    expect(await titles({ grade: 8 })).toEqual(['Amélie 2024-03', 'Amélie 2024']);
    expect(await titles({ grade: 8.5 })).toEqual(['Amélie 2024-03']);
    expect(await titles({ grade: 10 })).toEqual(['Breaking Bad 2024-01-01']);
    expect(await titles({ grade: 'none' })).toEqual(['The Shawshank Redemption ?']);
    expect(await titles({ tag: 'cinema' })).toEqual(['The Shawshank Redemption 2024-03-09', 'Amélie 2024']);
    expect(await titles({ genre: 'Drama', year: 2024 })).toEqual([
      'The Shawshank Redemption 2024-03-09',
      'Breaking Bad 2024-01-01',
    ]);
    expect(await titles({ type: 'tvSeries' })).toEqual(['Breaking Bad 2024-01-01', 'Breaking Bad 2023-12-31']);
    expect(await titles({ q: 'amelie' })).toEqual(['Amélie 2024-03', 'Amélie 2024']);
    expect(await titles({ q: 'FABULEUX' })).toEqual(['Amélie 2024-03', 'Amélie 2024']);
    expect(await titles({ q: 'anna' })).toEqual(['Amélie 2024-03']);
    expect(await titles({ q: '100%' })).toEqual([]);
    // Words in any order, punctuation and accents aside.
    expect(await titles({ q: 'poulain, AMÉLIE' })).toEqual(['Amélie 2024-03', 'Amélie 2024']);
    expect(await titles({ q: 'shawshank cinema' })).toEqual(['The Shawshank Redemption 2024-03-09']);
  });

  it('ignores a cursor it did not make', async () => {
    const first = await listWatches(carol, { limit: 2 });
    expect((await listWatches(carol, { limit: 2, cursor: 'not-a-cursor' })).watches).toEqual(first.watches);
  });

  it('offers the years, genres, types and tags in the journal', async () => {
    expect(await diaryFacets(carol)).toEqual({
      years: [2024, 2023],
      tags: ['cinema'],
      genres: ['Comedy', 'Crime', 'Documentary', 'Drama', 'Romance', 'Short', 'Thriller'],
      types: ['movie', 'short', 'tvSeries'],
      total: 7,
    });
    expect(await distinctCompanions(carol)).toEqual(['Anna']);
  });
});

describe('10,000 viewings', () => {
  let dave: number;

  beforeAll(async () => {
    dave = await newUser('dave');
    // One statement: a viewing a day or so over 25 years, every 50th without a date, every
    // 7th a month only; other users' rows around them.
    await sql(
      `INSERT INTO watches (user_id, tconst, watched_on, date_precision, grade, tags, updated_at)
       SELECT $1, (ARRAY['tt0000001','tt0111161','tt0211915','tt0903747'])[1 + i % 4],
              CASE WHEN i % 50 = 0 THEN NULL
                   WHEN i % 7 = 0 THEN date_trunc('month', DATE '2025-12-31' - (i * 0.9)::int)::date
                   ELSE DATE '2025-12-31' - (i * 0.9)::int END,
              (CASE WHEN i % 50 = 0 THEN 'unknown' WHEN i % 7 = 0 THEN 'month' ELSE 'day' END)::date_precision,
              CASE WHEN i % 3 = 0 THEN NULL ELSE 0.5 + (i % 20) * 0.5 END,
              CASE WHEN i % 10 = 0 THEN ARRAY['tenth'] ELSE ARRAY[]::text[] END,
              now()
       FROM generate_series(1, 10000) AS i`,
      [dave],
    );
    await sql('ANALYZE watches');
  });

  it('pages through all of them in order', async () => {
    const seen: WatchEntry[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listWatches>> = await listWatches(dave, { limit: 100, cursor });
      seen.push(...page.watches);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(10000);
    expect(new Set(seen.map((w) => w.id)).size).toBe(10000);
    const key = (w: WatchEntry) => w.watchedOn ?? '';
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      if (a.watchedOn && b.watchedOn) expect(key(a).padEnd(10, '-') >= key(b).padEnd(10, '-')).toBe(true);
      if (!a.watchedOn) expect(b.watchedOn).toBeNull();
    }
    expect(seen.slice(-200).filter((w) => w.watchedOn === null).length).toBe(200);
  });

  it('is the order the diary screen places viewings in (lib/journal/diary-order.ts)', async () => {
    for (const user of [alice, dave]) {
      const page = await listWatches(user, { limit: 100 });
      expect(page.watches.length).toBeGreaterThan(3);
      const resorted = [...page.watches].reverse().sort(diaryOrder);
      expect(resorted.map((w) => w.id)).toEqual(page.watches.map((w) => w.id));
    }
  });

  it('serves a full page deep in the list (its speed: npm run bench:journal)', async () => {
    const deep = await listWatches(dave, { limit: 100 });
    let cursor = deep.nextCursor;
    for (let i = 0; i < 50 && cursor; i++) cursor = (await listWatches(dave, { limit: 100, cursor })).nextCursor;
    expect(cursor).not.toBeNull();
    expect((await listWatches(dave, { limit: 30, cursor })).watches.length).toBe(30);
  });

  it.each([
    ['the first page', {}],
    ['a page deep in the list', { deep: true }],
    ['a filtered page', { genre: 'Drama' }],
  ])('plans %s as index scans that stop after one page', async (_name, options) => {
    let cursor: string | null = null;
    if ('deep' in options) {
      for (let i = 0; i < 60; i++) cursor = (await listWatches(dave, { limit: 100, cursor })).nextCursor;
    }
    const filters = 'genre' in options ? { genre: options.genre } : {};
    const { query } = await listWatchesQuery(dave, { ...filters, cursor, limit: 30 });
    const [row] = await db().$queryRaw<{ 'QUERY PLAN': { Plan: unknown }[] }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`,
    );
    const plan = row['QUERY PLAN'][0];
    const text = JSON.stringify(plan.Plan);
    // (A filter on the titles may rightly scan: this test's imdb tables hold five titles.)
    if (!('genre' in options)) {
      expect(text).toContain('watches_user_id_watched_on_idx');
      expect(text).not.toContain('"Seq Scan"');
    }
  });

  it('searches all of them', async () => {
    const page = await listWatches(dave, { q: 'redemption', limit: 30 });
    expect(page.watches.length).toBe(30);
    const none = await listWatches(dave, { q: 'no such title anywhere', limit: 30 });
    expect(none.watches).toEqual([]);
  });

  it('filters a tag across all of them', async () => {
    const page = await listWatches(dave, { tag: 'tenth', limit: 50 });
    expect(page.watches.length).toBe(50);
    expect(page.watches.every((w) => w.tags.includes('tenth'))).toBe(true);
  });
});
