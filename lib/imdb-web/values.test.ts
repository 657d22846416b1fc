import { describe, expect, it } from 'vitest';
import { loadScrapeConfig } from './config';
import { mergeByTconst, normaliseType, parseRating, parseRuntime, parseVotes, parseYear, valueAt } from './values';

const config = loadScrapeConfig();

describe('reading values off IMDb pages', () => {
  it.each([
    ['8,7', 8.7],
    ['6.2', 6.2],
    [7.25, 7.3],
    [0, null],
    ['0', null],
    ['', null],
    ['Rate', null],
    ['11', null],
    ['8,7,1', null],
  ])('rating %j → %j', (text, rating) => {
    expect(parseRating(text)).toBe(rating);
  });

  it.each([
    ['\u00a0(646.623)', 646623],
    [' (4.9K)', 4900],
    ['(1323)', 1323],
    ['(12,345)', 12345],
    ['(1.2M)', 1200000],
    ['(2,5 Mio.)', 2500000],
    ['(4,9K)', 4900],
    ['(lots)', null],
    ['(3X)', null],
    ['', null],
  ])('votes %j → %j', (text, votes) => {
    expect(parseVotes(text, config)).toBe(votes);
  });

  it.each([
    ['2h 10m', 130],
    ['48m', 48],
    ['1h', 60],
    ['2 Std. 5 Min.', 125],
    ['2021', null],
    ['16', null],
    ['TV-MA', null],
  ])('runtime %j → %j', (text, minutes) => {
    expect(parseRuntime(text, config)).toBe(minutes);
  });

  it.each([
    ['2023– ', 2023],
    ['2022–2025', 2022],
    ['Expected Jul 17, 2026', 2026],
    [1997, 1997],
    ['12', null],
    [2.5, null],
    [null, null],
  ])('year %j → %j', (value, year) => {
    expect(parseYear(value, config)).toBe(year);
  });

  it.each([
    ['feature', 'movie'],
    ['TV mini-series', 'tvMiniSeries'],
    ['TV Mini Series', 'tvMiniSeries'],
    ['tvEpisode', 'tvEpisode'],
    ['Video Game', 'videoGame'],
    ['Fernsehserie', 'tvSeries'],
    ['Movie', 'movie'],
    ['podcastSeries', null],
    ['', null],
    [42, null],
  ])('type %j → %j', (name, type) => {
    expect(normaliseType(name, config)).toBe(type);
  });

  it('reads JSON paths without trusting any level', () => {
    expect(valueAt({ a: { b: [1] } }, 'a.b')).toEqual([1]);
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
    expect(valueAt('text', 'length')).toBeUndefined();
    expect(valueAt({}, 'constructor')).toBeUndefined();
  });

  it('merges by tconst, keeping the first entry and filling what it lacked', () => {
    const merged = mergeByTconst([
      { tconst: 'tt0000001', title: 'A', year: null, type: 'movie', source: 'suggestion' },
      { tconst: 'tt0000001', title: 'A (find)', year: 1999, type: 'short', rating: 7.1, source: 'find' },
    ]);
    expect(merged).toEqual([
      { tconst: 'tt0000001', title: 'A', year: 1999, type: 'movie', rating: 7.1, source: 'suggestion' },
    ]);
  });
});
