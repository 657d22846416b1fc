import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRAPE_CONFIG_PATH, loadScrapeConfig, parseScrapeConfig, ScrapeConfigError } from './config';
import { buildSearchUrl } from './fetch';

const shipped = readFileSync(DEFAULT_SCRAPE_CONFIG_PATH, 'utf8');

/** The shipped scrape.yml with one line changed. */
function withLine(from: string, to: string): string {
  expect(shipped).toContain(from);
  return shipped.replace(from, to);
}

describe('scrape.yml', () => {
  it('loads, with the URLs and User-Agent the fallback is meant to use', () => {
    const config = loadScrapeConfig();
    expect(config.http).toEqual({
      userAgent: 'my-movie-journal (+self-hosted)',
      acceptLanguage: 'en-US',
      timeoutMs: 4000,
    });
    expect(buildSearchUrl('suggestion', 'The Odyssey', config)).toBe(
      'https://v3.sg.media-imdb.com/suggestion/x/the%20odyssey.json',
    );
    expect(buildSearchUrl('find', 'The Odyssey', config)).toBe('https://www.imdb.com/find/?q=The%20Odyssey&s=tt');
    expect(buildSearchUrl('advanced-search', 'Amélie & co', config)).toBe(
      'https://www.imdb.com/search/title/?title=Am%C3%A9lie%20%26%20co',
    );
    expect(buildSearchUrl('find', 'x', config, 'http://proxy.local/imdb/')).toBe(
      'http://proxy.local/imdb/find/?q=x&s=tt',
    );
  });

  it('maps display names to the datasets’ titleType names', () => {
    const { titleTypes } = loadScrapeConfig();
    expect(titleTypes.get('feature')).toBe('movie');
    expect(titleTypes.get('tvminiseries')).toBe('tvMiniSeries');
    expect(titleTypes.get('videogame')).toBe('videoGame');
    expect(titleTypes.get('fernsehserie')).toBe('tvSeries');
  });

  it.each([
    [
      'a broken selector',
      '    item: li.ipc-metadata-list-summary-item\n    link: a',
      '    item: li[[\n    link: a',
      /find\.list\.item: not a valid CSS selector/,
    ],
    ['a broken pattern', "  year: '(?<!\\d)(18", "  year: '((18", /text\.year: not a valid regular expression/],
    ['a missing key', '  acceptLanguage: en-US\n', '', /http\.acceptLanguage: missing/],
    [
      'a misspelt key',
      '  timeoutMs: 4000',
      '  timeoutMS: 4000',
      /http\.timeoutMs: missing; http: Unrecognized key: "timeoutMS"/,
    ],
    ['an unknown title type', '  miniserie: tvMiniSeries', '  miniserie: miniSeries', /titleTypes\.miniserie: /],
    [
      'a template without {query}',
      '  path: /find/?q={query}&s=tt',
      '  path: /find/?s=tt',
      /find\.path: must start with \/ and contain \{query\}/,
    ],
  ])('names the key for %s', (_, from, to, message) => {
    expect(() => parseScrapeConfig(withLine(from, to), 'scrape.yml')).toThrow(ScrapeConfigError);
    expect(() => parseScrapeConfig(withLine(from, to), 'scrape.yml')).toThrow(message);
  });

  it('reports YAML syntax errors and unreadable files with the file name', () => {
    expect(() => parseScrapeConfig('http: [', 'broken.yml')).toThrow(/^broken\.yml: not valid YAML/);
    expect(() => loadScrapeConfig('no-such-dir/scrape.yml')).toThrow(
      /^no-such-dir\/scrape\.yml: cannot read it \(ENOENT\)/,
    );
  });
});
