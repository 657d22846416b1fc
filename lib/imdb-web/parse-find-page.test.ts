import { describe, expect, it } from 'vitest';
import { parseFindPage } from './parse-find-page';
import { ADVANCED_FILE, byTconst, expectWellFormed, FIND_FILE, readSaved } from './saved-pages.test-helper';
import { LayoutNotRecognisedError } from './types';

const findHtml = readSaved(FIND_FILE);
const advancedHtml = readSaved(ADVANCED_FILE);
const FIND_LAYOUT_MESSAGE = 'IMDb find page: layout not recognised (no __NEXT_DATA__ title results and no result list)';

describe('parseFindPage (real Next.js find page)', () => {
  it('reads the 5 title results from __NEXT_DATA__, with rating, votes and runtime', () => {
    const titles = parseFindPage(findHtml);
    expectWellFormed(titles);
    expect(titles.map((title) => title.tconst)).toEqual([
      'tt33764258',
      'tt9685342',
      'tt9551928',
      'tt26421133',
      'tt37024829',
    ]);
    // Unreleased: IMDb reports rating 0 with 0 votes, which means "not rated".
    expect(titles[0]).toEqual({
      tconst: 'tt33764258',
      title: 'The Odyssey',
      year: 2026,
      type: 'movie',
      rating: null,
      votes: 0,
      runtimeMinutes: null,
      source: 'find',
    });
    // The runtime in __NEXT_DATA__ is in seconds (7800).
    expect(byTconst(titles, 'tt9685342')).toMatchObject({
      title: "A Writer's Odyssey",
      year: 2021,
      rating: 6.2,
      votes: 4938,
      runtimeMinutes: 130,
    });
    expect(byTconst(titles, 'tt9551928')).toMatchObject({ title: "A Gambler's Odyssey 2020", year: 2019 });
  });

  it('falls back to the rendered result list when there is no __NEXT_DATA__', () => {
    const withoutNextData = findHtml.replace(/<script id="__NEXT_DATA__"[^>]*>[\s\S]*?<\/script>/, '');
    expect(withoutNextData.length).toBeLessThan(findHtml.length);
    const titles = parseFindPage(withoutNextData);
    expectWellFormed(titles);
    expect(titles.map((title) => title.tconst)).toEqual(parseFindPage(findHtml).map((title) => title.tconst));
    expect(titles[0]).toMatchObject({ title: 'The Odyssey', year: 2026, rating: null, votes: null });
    // The list shows "4.9K", not the exact 4938.
    expect(byTconst(titles, 'tt9685342')).toMatchObject({
      title: "A Writer's Odyssey",
      year: 2021,
      rating: 6.2,
      votes: 4900,
      runtimeMinutes: 130,
      source: 'find',
    });
    expect(byTconst(titles, 'tt26421133')).toMatchObject({ runtimeMinutes: 48, rating: null });
  });

  it('falls back to the list when __NEXT_DATA__ is not valid JSON or has another shape', () => {
    const broken = findHtml.replace(/(<script id="__NEXT_DATA__"[^>]*>)\{/, '$1{{');
    expect(parseFindPage(broken)).toHaveLength(5);
    const otherShape = findHtml.replace(/"titleResults":\{"results"/, '"titleHits":{"items"');
    expect(otherShape).not.toBe(findHtml);
    expect(parseFindPage(otherShape).map((title) => title.votes)).toContain(4900);
  });

  it('returns nothing for a page whose __NEXT_DATA__ title results are empty', () => {
    const empty =
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"titleResults":{"results":[]}}}}</script>';
    expect(parseFindPage(`<html><body>${empty}</body></html>`)).toEqual([]);
  });

  it.each([
    ['a page with no results markup', '<html><head><title>IMDb</title></head><body><p>Hello</p></body></html>'],
    ['an empty string', ''],
    [
      '__NEXT_DATA__ of another app',
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script>',
    ],
    [
      'a result list whose entries have no title links',
      '<section data-testid="find-results-section-title"><ul><li class="ipc-metadata-list-summary-item"><a href="/name/nm0000138/">Leonardo</a></li></ul></section>',
    ],
    ['the advanced search fragment', advancedHtml],
  ])('raises LayoutNotRecognisedError for %s', (_, html) => {
    expect(() => parseFindPage(html)).toThrow(LayoutNotRecognisedError);
    expect(() => parseFindPage(html)).toThrow(FIND_LAYOUT_MESSAGE);
  });
});
