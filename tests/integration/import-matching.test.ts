import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { matchTitles } from '../../lib/import/match';
import { setUpFreshDatabase } from '../helpers/api';
import { loadMatchingFixture } from '../helpers/import-imdb';

// Matching by title and year against a small hand-made IMDb: the right title wins, or the
// record goes to review with the candidates.

const databaseUrl = await setUpFreshDatabase();

const match = (title: string, year: number | null) =>
  matchTitles(db(), [{ imdbId: null, title, year }]).then((d) => d[0]);

describe('matching titles', () => {
  it('sends everything without an id to review while the IMDb data is not loaded', async () => {
    const [byName, byId] = await matchTitles(db(), [
      { imdbId: null, title: 'Heat', year: 1995 },
      { imdbId: 'tt0113277', title: 'Heat', year: 1995 },
    ]);
    expect(byName).toMatchObject({ tconst: null, reason: expect.stringMatching(/not loaded/) });
    expect(byId).toMatchObject({ tconst: 'tt0113277', confidence: 1 });
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
