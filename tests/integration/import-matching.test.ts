import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { matchTitles } from '../../lib/import/match';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import { loadMatchingFixture } from '../helpers/import-imdb';

// Matching by title and year against a small hand-made IMDb: the right title wins, or the
// record goes to review with the candidates.

const databaseUrl = await setUpFreshDatabase();

const match = (title: string, year: number | null, userId?: number) =>
  matchTitles(db(), [{ imdbId: null, title, year }], { userId }).then((d) => d[0]);

const owner = await createUser('owner');
const stranger = await createUser('stranger');
async function logViewing(userId: number, tconst: string, title?: string, year?: number) {
  if (title)
    await db()
      .$executeRaw`INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source) VALUES (${userId}, ${tconst}, ${title}, ${year ?? null}, 'movie', 'import')`;
  await db()
    .$executeRaw`INSERT INTO watches (user_id, tconst, date_precision, updated_at) VALUES (${userId}, ${tconst}, 'unknown', now())`;
}

describe('matching titles', () => {
  it('sends everything without an id to review while the IMDb data is not loaded', async () => {
    const [byName, byId] = await matchTitles(db(), [
      { imdbId: null, title: 'Heat', year: 1995 },
      { imdbId: 'tt0113277', title: 'Heat', year: 1995 },
    ]);
    expect(byName).toMatchObject({ tconst: null, reason: expect.stringMatching(/not loaded/) });
    expect(byId).toMatchObject({ tconst: 'tt0113277', confidence: 1 });
  });

  it("finds the journal's own titles without the IMDb data, for their owner only", async () => {
    await logViewing(owner, 'tt0371746', 'Iron Man', 2008);
    await logViewing(stranger, 'tt7000001', 'A Private Film', 2020);
    expect(await match('Iron Man', 2008, owner)).toMatchObject({ tconst: 'tt0371746', confidence: 1 });
    expect(await match('iron man', 2009, owner)).toMatchObject({ tconst: 'tt0371746', confidence: 0.8 });
    expect(await match('Iron Mann', 2008, owner)).toMatchObject({ tconst: 'tt0371746', confidence: 0.98 });
    expect(await match('Iron Man 3', 2008, owner)).toMatchObject({
      tconst: null,
      reason: expect.stringMatching(/not loaded/),
    });
    expect(await match('A Private Film', 2020, owner)).toMatchObject({ tconst: null, candidates: [] });
    expect(await match('A Private Film', 2020, stranger)).toMatchObject({ tconst: 'tt7000001' });
  });

  it('loads the fixture', async () => {
    await loadMatchingFixture(databaseUrl);
  }, 120_000);

  it('tells remakes and same-title films apart by year', async () => {
    expect((await match('Dune', 1984)).tconst).toBe('tt0087182');
    expect((await match('Dune', 2021)).tconst).toBe('tt1160419');
    expect((await match('The Thing', 1982)).tconst).toBe('tt0084787');
    expect((await match('the thing', 2011)).tconst).toBe('tt0905372');
    expect((await match('Crash', 2004)).tconst).toBe('tt0375679');
  });

  it('accepts a year off by one, and prefers a film to a series', async () => {
    expect(await match('Heat', 1996)).toMatchObject({ tconst: 'tt0113277', confidence: 0.8 });
    expect((await match('Fargo', 1996)).tconst).toBe('tt0116282');
    expect((await match('Fargo', 2014)).tconst).toBe('tt2802850');
    expect((await match('Dune', 2000)).tconst).toBe('tt0142032');
  });

  it('ignores accents and case, and knows original and alternative titles', async () => {
    expect((await match('Amelie', 2001)).tconst).toBe('tt0211915');
    expect((await match("Le Fabuleux Destin d'Amelie Poulain", 2001)).tconst).toBe('tt0211915');
    expect((await match('Le ali della liberta', 1994)).tconst).toBe('tt0111161');
    expect((await match('Die fabelhafte Welt der Amélie', 2001)).tconst).toBe('tt0211915');
    expect((await match('MEN IN BLACK³', 2012)).tconst).toBe('tt1409024');
  });

  it('sends ambiguous and unknown titles to review, with the candidates', async () => {
    const twins = await match('The Twin', 2010);
    expect(twins).toMatchObject({ tconst: null, reason: expect.stringMatching(/2 titles match/) });
    expect(twins.candidates.map((c) => c.tconst)).toEqual(['tt9000002', 'tt9000003']);
    const crash = await match('Crash', null);
    expect(crash.tconst).toBeNull();
    expect(crash.candidates.map((c) => c.tconst)).toEqual(['tt0375679', 'tt0115964']);
    expect(await match('A Film Nobody Made', 2003)).toMatchObject({
      tconst: null,
      candidates: [],
      reason: expect.stringMatching(/no title/),
    });
  });

  it('prefers a journal title to an unknown one of the same name', async () => {
    expect((await match('The Twin', 2010, owner)).tconst).toBeNull();
    await logViewing(owner, 'tt9000003');
    const twin = await match('The Twin', 2010, owner);
    expect(twin).toMatchObject({ tconst: 'tt9000003', confidence: 1 });
    expect(twin.candidates[0]).toMatchObject({ tconst: 'tt9000003', inJournal: true });
    expect((await match('The Twin', 2010, stranger)).tconst).toBeNull();
  });

  it('tolerates up to two typos in a longer title, none in a short one, never in a number', async () => {
    expect(await match('Great Trian Robery', 1903)).toMatchObject({ tconst: 'tt0000439', confidence: 0.76 });
    expect((await match('The Shawshenk Redemtion', 1994)).tconst).toBe('tt0111161');
    expect((await match('Great Trian Robery', 1950)).tconst).toBeNull();
    expect((await match('Heet', 1995)).candidates).toEqual([]);
    expect((await match('Men in Black 4', 2012)).candidates).toEqual([]);
    expect((await match('Shawshank Has Three Typos', 1994)).candidates).toEqual([]);
  });

  it('matches thousands of rows (distinct title+year pairs looked up once)', async () => {
    const queries = Array.from({ length: 3000 }, (_, i) => ({
      imdbId: null,
      title: i % 2 ? 'Heat' : `Unknown film ${i}`,
      year: 1995,
    }));
    const decisions = await matchTitles(db(), queries);
    expect(decisions.filter((d) => d.tconst === 'tt0113277')).toHaveLength(1500);
  });
});
