import { describe, expect, it } from 'vitest';
import type { OnlineTitle } from '../imdb-web/types';
import { mergeLocalAndOnline } from './merge';
import { mergeWithOnline } from './online';
import type { TitleSearchResult } from './types';

const local = (tconst: string, extra: Partial<TitleSearchResult> = {}): TitleSearchResult => ({
  tconst,
  title: `Title ${tconst}`,
  originalTitle: null,
  year: 2001,
  endYear: null,
  type: 'movie',
  runtimeMinutes: null,
  genres: ['Drama'],
  rating: null,
  votes: null,
  directors: [],
  matchedAka: null,
  inJournal: false,
  onWatchlist: false,
  ...extra,
});

const online = (tconst: string, extra: Partial<OnlineTitle> = {}): OnlineTitle => ({
  tconst,
  title: `Web ${tconst}`,
  year: 2026,
  type: 'movie',
  source: 'suggestion',
  ...extra,
});

describe('mergeLocalAndOnline', () => {
  it('keeps the local order, marks titles found by both, and appends the ones only IMDb has', () => {
    const merged = mergeLocalAndOnline(
      [local('tt1'), local('tt2')],
      [online('tt3'), online('tt2', { rating: 7.5, votes: 1200, runtimeMinutes: 101 }), online('tt3')],
    );
    expect(merged.map((r) => [r.tconst, r.source])).toEqual([
      ['tt1', 'local'],
      ['tt2', 'both'],
      ['tt3', 'online'],
    ]);
    // Local facts win; the website fills what the datasets lack.
    expect(merged[1]).toMatchObject({ title: 'Title tt2', year: 2001, rating: 7.5, votes: 1200, runtimeMinutes: 101 });
    expect(merged[2]).toMatchObject({ title: 'Web tt3', year: 2026, genres: [], directors: [], inJournal: false });
  });
});

describe('mergeWithOnline', () => {
  it('reports failures of IMDb’s website and still returns the local results', async () => {
    const fetchImpl = (async () =>
      new Response('nope', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch;
    const { results, errors } = await mergeWithOnline('heat', [local('tt1')], { fetchImpl, timeoutMs: 2000 });
    expect(results.map((r) => r.tconst)).toEqual(['tt1']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/503/);
  });
});
