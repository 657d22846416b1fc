import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as searchRoute from '../../app/api/v1/search/route';
import { DATASET_NAMES } from '../../etl/datasets';
import { buildDerivedTables } from '../../etl/derived';
import { SEARCH_TABLES } from '../../etl/derived-search';
import { runEtl } from '../../etl/run';
import { createApiToken } from '../../lib/auth/api-tokens';
import { db, prismaFor } from '../../lib/db/client';
import { SearchUnavailableError, searchTitles, searchTitlesTimed } from '../../lib/search/search';
import type { TitleSearchResult } from '../../lib/search/types';
import { checkAnswer } from '../helpers/api';
import { freshDatabase } from '../helpers/database';
import { REALDATA, TempDirs } from '../helpers/etl-data';
import { connect, imdbSnapshot } from '../helpers/etl-db';

// The local search on the real IMDb samples loaded through the ETL: the 1894–1915 shorts and
// movies with their akas and ratings, plus the TV sample and the tricky 2017 movies appended to
// title.basics (so that there are series, mini-series and odd punctuation to find).

const databaseUrl = await freshDatabase();
// Migrated, but no IMDb data loaded.
const emptyDatabaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;

const temp = new TempDirs();
let client: pg.Client;
let userId: number;
let otherUserId: number;
let token: string;

function basicsWithExtras(): string {
  const lines = (file: string) => readFileSync(path.join(REALDATA, file), 'utf8').split('\n').filter(Boolean);
  const [header, ...rows] = lines('title.basics.tsv');
  const seen = new Set(rows.map((r) => r.split('\t')[0]));
  const extra = [...lines('title.basics.tv-sample.tsv').slice(1), ...lines('tricky-title.basics.tsv').slice(1)].filter(
    (r) => {
      const id = r.split('\t')[0];
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    },
  );
  return `${[header, ...rows, ...extra].join('\n')}\n`;
}

beforeAll(async () => {
  const source = await temp.source({ 'title.basics.tsv': basicsWithExtras() });
  const summary = await runEtl({
    databaseUrl,
    source,
    datasets: [...DATASET_NAMES],
    configPath: path.resolve('etl/imdb.yml'),
    force: false,
    interactive: false,
  });
  expect(summary.error).toBeUndefined();
  client = await connect(databaseUrl);
  const select = { id: true } as const;
  userId = (await db().user.create({ data: { username: 'searcher', passwordHash: 'scrypt$unused' }, select })).id;
  otherUserId = (await db().user.create({ data: { username: 'someone', passwordHash: 'scrypt$unused' }, select })).id;
  token = await createApiToken(userId, 'search test');
}, 120_000);

afterAll(async () => {
  await client?.end();
  await db().$disconnect();
  await prismaFor(emptyDatabaseUrl).$disconnect();
  await temp.removeAll();
});

const ids = (results: TitleSearchResult[]) => results.map((r) => r.tconst);
const first = async (query: string, options = {}) => (await searchTitles(query, options))[0];

describe('the search tables', () => {
  it('are built by the ETL and swapped in with the datasets', async () => {
    const { rows } = await client.query<{ t: string; n: number }>(
      `SELECT c.relname AS t, c.reltuples::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname = 'imdb' AND c.relkind = 'r' AND c.relname LIKE 'title_search%' ORDER BY 1`,
    );
    expect(rows.map((r) => r.t)).toEqual([...SEARCH_TABLES].sort());
    for (const row of rows) expect(row.n).toBeGreaterThan(0);
  });

  it('hold every primary title, original title and aka, normalised', async () => {
    const { rows } = await client.query<{ missing: number }>(
      `SELECT count(*)::int AS missing FROM (
         SELECT tconst, primary_title AS name FROM imdb.title_basics
         UNION SELECT tconst, original_title FROM imdb.title_basics
         UNION SELECT title_id, title FROM imdb.title_akas) n
        WHERE public.search_normalize(n.name) <> ''
          AND NOT EXISTS (SELECT 1 FROM imdb.title_search s
                           WHERE s.tconst = n.tconst AND s.norm = public.search_normalize(n.name))`,
    );
    expect(rows[0].missing).toBe(0);
  });

  it('are rebuilt only when title.basics, title.akas or title.ratings were reloaded', async () => {
    const before = await imdbSnapshot(client);
    await client.query('DROP SCHEMA IF EXISTS imdb_staging CASCADE; CREATE SCHEMA imdb_staging');
    try {
      expect(await buildDerivedTables(client, ['title.crew', 'name.basics', 'title.principals'])).toEqual([]);
      const { rows } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'imdb_staging'`);
      expect(rows).toHaveLength(0);
    } finally {
      await client.query('DROP SCHEMA IF EXISTS imdb_staging CASCADE');
    }
    expect(await imdbSnapshot(client)).toEqual(before);
  });
});

describe('searchTitles on the real samples', () => {
  it('finds a title by its exact name, the best-known one first', async () => {
    expect(ids(await searchTitles('Carmencita')).slice(0, 1)).toEqual(['tt0000001']);
    // Two films called Blacksmith Scene, four called Cinderella, three Uncle Tom's Cabin: by votes.
    expect(ids(await searchTitles('blacksmith scene')).slice(0, 2)).toEqual(['tt0000005', 'tt0000022']);
    expect(ids(await searchTitles('cinderella')).slice(0, 3)).toEqual(['tt0000230', 'tt0001545', 'tt0000181']);
    expect(ids(await searchTitles("uncle tom's cabin")).slice(0, 3)).toEqual(['tt0000471', 'tt0001432', 'tt0000472']);
  });

  it('ranks an exact match above fuzzy and partial ones, even far better-known ones', async () => {
    // "The Great Train Robbery" (21,870 votes) contains "robbery"; but the exact title wins.
    const results = await searchTitles('robbery');
    const exact = results.findIndex((r) => r.title.toLowerCase() === 'robbery');
    if (exact >= 0) expect(exact).toBe(0);
    const carmen = await searchTitles('carmen');
    expect(carmen.length).toBeGreaterThan(0);
    // "Carmencita" is a prefix match, "Carmen o la hija del contrabandista" too; exact "Carmen" titles first.
    const tiers = carmen.map((r) => (r.title.toLowerCase() === 'carmen' ? 0 : 1));
    expect([...tiers].sort()).toEqual(tiers);
  });

  it('ignores case, accents and punctuation', async () => {
    expect((await first('das boxende kanguruh'))?.tconst).toBe('tt0000018');
    expect((await first('DAS BOXENDE KÄNGURUH!'))?.tconst).toBe('tt0000018');
    expect((await first('vystavni parkar'))?.tconst).toBe(
      (await client.query(`SELECT tconst FROM imdb.title_basics WHERE primary_title LIKE 'Výstavní párkar%'`)).rows[0]
        .tconst,
    );
    expect((await first('uncle toms cabin'))?.tconst).toBe('tt0000471');
    expect((await first('Real Fake – the art, life and crimes of Elmyr de Hory'))?.tconst).toBe('tt1890370');
    expect((await first('patti cake'))?.tconst).toBe('tt6288250');
  });

  it('reads roman numerals as digits and & as "and"', async () => {
    expect((await first('jeepers creepers 3'))?.tconst).toBe('tt1139592');
    expect((await first('Jeepers Creepers III'))?.tconst).toBe('tt1139592');
    expect((await first('richard iii'))?.tconst).toBe('tt0001857');
    expect((await first('the seven continents & their animal friends'))?.tconst).toBe('tt6034338');
  });

  it('finds titles by their akas in any script, and says which aka matched', async () => {
    for (const [query, tconst] of [
      ['Карменсита', 'tt0000001'],
      ['カルメンチータ', 'tt0000001'],
      ['Καρμενσίτα', 'tt0000001'],
      ['Сцена в кузне', 'tt0000005'],
      ['哀れなピエロ', 'tt0000003'],
    ]) {
      const hit = await first(query);
      expect(hit?.tconst, query).toBe(tconst);
      expect(hit?.matchedAka, query).toBe(query);
    }
    // A match on the primary title reports no aka.
    expect((await first('carmencita'))?.matchedAka).toBeNull();
  });

  it('tolerates typos', async () => {
    // One letter dropped, doubled, replaced.
    expect((await first('carmencta'))?.tconst).toBe('tt0000001');
    expect((await first('carmencitta'))?.tconst).toBe('tt0000001');
    expect((await first('karmencita'))?.tconst).toBe('tt0000001');
    expect((await first('carmensita'))?.tconst).toBe('tt0000001');
    expect((await first('blaksmith scene'))?.tconst).toBe('tt0000005');
    expect((await first('the grate train robbery'))?.tconst).toBe('tt0000439');
    expect((await first('Карменсіта'))?.tconst).toBe('tt0000001');
  });

  it('drops a leading article and finds words in any position', async () => {
    expect((await first('great train robbery'))?.tconst).toBe('tt0000439');
    expect((await first('trip to the moon'))?.tconst).toBe('tt0000417');
    expect((await first('train robbery'))?.tconst).toBe('tt0000439');
  });

  it('takes a trailing year as a hint, not a filter', async () => {
    expect((await first('blacksmith scene 1895'))?.tconst).toBe('tt0000022');
    expect((await first('blacksmith scene (1893)'))?.tconst).toBe('tt0000005');
    expect((await first('cinderella 1911'))?.tconst).toBe('tt0001545');
    // A year that fits nothing changes nothing but the order.
    expect(ids(await searchTitles('carmencita 1950'))).toContain('tt0000001');
  });

  it('answers from the first one or two characters, best-known titles first', async () => {
    for (const query of ['c', 'ca', 'A', 'tr', 'к', 'カ']) {
      const results = await searchTitles(query, { limit: 10 });
      expect(results.length, query).toBeGreaterThan(0);
      const votes = results.map((r) => r.votes ?? 0);
      expect(votes, query).toEqual([...votes].sort((a, b) => b - a));
    }
    expect((await first('tr'))?.tconst).toBe('tt0000417'); // (A) Trip to the Moon, 58,395 votes
    expect((await first('ca'))?.tconst).toBe('tt0000417'); // its Romanian aka "Călătoria în lună"
    expect(ids(await searchTitles('carm'))).toContain('tt0000001');
    expect((await first('blacksmith sc'))?.tconst).toBe('tt0000005');
  });

  it('filters by type and by years', async () => {
    const all = await searchTitles('the', { limit: 100 });
    expect(new Set(all.map((r) => r.type)).size).toBeGreaterThan(1);
    const movies = await searchTitles('the', { types: ['movie'], limit: 100 });
    expect(movies.length).toBeGreaterThan(0);
    expect(movies.every((r) => r.type === 'movie')).toBe(true);
    const series = await searchTitles('studio one', { types: ['series'] });
    expect(series[0]?.tconst).toBe('tt0040051');
    expect(series.every((r) => r.type === 'tvSeries' || r.type === 'tvMiniSeries')).toBe(true);
    // A type the data does not have (IMDb may add types) matches nothing; it is no error.
    expect(await searchTitles('carmencita', { types: ['tvCartoon'] })).toEqual([]);
    expect(await searchTitles('carmencita', { types: ['movie'] })).not.toContainEqual(
      expect.objectContaining({ tconst: 'tt0000001' }),
    );
    const early = await searchTitles('cinderella', { yearFrom: 1898, yearTo: 1900 });
    expect(ids(early).sort()).toEqual(['tt0000181', 'tt0000230']);
    // A series counts for every year it ran: Studio One, 1948–1958.
    expect(ids(await searchTitles('studio one', { yearFrom: 1950, yearTo: 1950 }))).toContain('tt0040051');
    expect(ids(await searchTitles('studio one', { yearFrom: 1960 }))).not.toContain('tt0040051');
  });

  it('returns the facts a result shows', async () => {
    expect(await first('the adventures of dollie')).toEqual({
      tconst: 'tt0000628',
      title: 'The Adventures of Dollie',
      originalTitle: 'Adventures of Dollie',
      year: 1908,
      endYear: null,
      type: 'short',
      runtimeMinutes: 12,
      genres: ['Action', 'Short'],
      rating: expect.any(Number),
      votes: expect.any(Number),
      directors: ['D.W. Griffith'],
      matchedAka: null,
      inJournal: false,
      onWatchlist: false,
    });
    const studio = await first('studio one');
    expect(studio).toMatchObject({ year: 1948, endYear: 1958, type: 'tvSeries' });
  });

  it('marks the titles in the user’s journal and watchlist, not anyone else’s', async () => {
    await db().watch.create({ data: { userId, tconst: 'tt0000005', watchedOn: new Date('2025-02-01') } });
    await db().watch.create({
      data: { userId, tconst: 'tt0000022', watchedOn: new Date('2025-02-02'), deletedAt: new Date() },
    });
    await db().watchlistEntry.create({ data: { userId, tconst: 'tt0000022' } });
    await db().watchlistEntry.create({ data: { userId: otherUserId, tconst: 'tt0000005' } });
    const mine = await searchTitles('blacksmith scene', { userId });
    expect(mine.find((r) => r.tconst === 'tt0000005')).toMatchObject({ inJournal: true, onWatchlist: false });
    expect(mine.find((r) => r.tconst === 'tt0000022')).toMatchObject({ inJournal: false, onWatchlist: true });
    const theirs = await searchTitles('blacksmith scene', { userId: otherUserId });
    expect(theirs.find((r) => r.tconst === 'tt0000005')).toMatchObject({ inJournal: false, onWatchlist: true });
    const nobody = await searchTitles('blacksmith scene');
    expect(nobody.every((r) => !r.inJournal && !r.onWatchlist)).toBe(true);
  });

  it('says so when the IMDb data has not been loaded', async () => {
    await expect(searchTitlesTimed('heat', {}, prismaFor(emptyDatabaseUrl))).rejects.toThrow(SearchUnavailableError);
  });

  it('returns nothing for punctuation, and at most `limit` results', async () => {
    expect(await searchTitles('  ?!  ')).toEqual([]);
    expect(await searchTitles('the', { limit: 3 })).toHaveLength(3);
  });
});

describe('GET /api/v1/search', () => {
  async function call(query: string, auth = true) {
    const headers: Record<string, string> = auth ? { authorization: `Bearer ${token}` } : {};
    const request = new Request(`http://localhost/api/v1/search${query}`, { headers });
    const response = await checkAnswer(request, await searchRoute.GET(request, {}));
    return { status: response.status, body: await response.json() };
  }

  it('needs a session or a token', async () => {
    expect((await call('?q=carmencita', false)).status).toBe(401);
  });

  it('answers JSON results', async () => {
    const { status, body } = await call('?q=blacksmith%20scene%201895&type=short&limit=5');
    expect(status).toBe(200);
    expect(body.query).toBe('blacksmith scene 1895');
    expect(body.results[0]).toMatchObject({ tconst: 'tt0000022', type: 'short', year: 1895 });
    expect(body.results.length).toBeLessThanOrEqual(5);
  });

  it('marks the caller’s journal', async () => {
    const { body } = await call('?q=blacksmith%20scene');
    expect(body.results.find((r: TitleSearchResult) => r.tconst === 'tt0000005')?.inJournal).toBe(true);
  });

  it('answers 400 with a message per field', async () => {
    const { status, body } = await call('?type=cartoon&yearFrom=1990&yearTo=1980&limit=0');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid');
    expect(Object.keys(body.fields).sort()).toEqual(['limit', 'q', 'type']);
    expect(body.fields.type[0]).toMatch(/cartoon/);
    const years = await call('?q=heat&yearFrom=1990&yearTo=1980');
    expect(years.status).toBe(400);
    expect(years.body.fields).toEqual({ yearTo: ['yearTo comes after yearFrom.'] });
    expect((await call('?q=%3F%21')).body.fields.q).toEqual(['q needs a letter or a digit.']);
    expect((await call('?q=heat&limit=abc')).body.fields.limit).toBeDefined();
  });
});
