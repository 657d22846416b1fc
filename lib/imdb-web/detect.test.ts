import { describe, expect, it } from 'vitest';
import { detectAndParse } from './detect';
import { ADVANCED_FILE, expectWellFormed, FIND_FILE, readSaved, SUGGESTION_FILE } from './saved-pages.test-helper';
import { LayoutNotRecognisedError } from './types';

const findHtml = readSaved(FIND_FILE);
const advancedHtml = readSaved(ADVANCED_FILE);

describe('detectAndParse', () => {
  it.each([
    [SUGGESTION_FILE, 'suggestion', 8],
    [FIND_FILE, 'find', 5],
    [ADVANCED_FILE, 'advanced-search', 50],
  ])('recognises %s', (name, source, count) => {
    const page = detectAndParse(readSaved(name), name);
    expect(page.source).toBe(source);
    expect(page.results).toHaveLength(count);
    expect(page.results.every((title) => title.source === source)).toBe(true);
  });

  it.each([
    ['JSON of another shape', '{"Search":[{"Title":"The Matrix","imdbID":"tt0133093"}],"Response":"True"}', 'x.json'],
    ['HTML with no results markup', '<!doctype html><html><body><h1>Oops</h1></body></html>', 'page.html'],
    ['a .json file that is not JSON', 'not json at all', 'suggestion.json'],
    ['plain text', 'tt0133093 The Matrix 1999', undefined],
  ])('raises LayoutNotRecognisedError for %s', (_, content, name) => {
    expect(() => detectAndParse(content, name)).toThrow(LayoutNotRecognisedError);
  });

  it('never fails with anything but LayoutNotRecognisedError on a cut-off page', () => {
    for (const content of [findHtml, advancedHtml, readSaved(SUGGESTION_FILE)]) {
      for (const share of [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
        try {
          expectWellFormed(detectAndParse(content.slice(0, Math.floor(content.length * share))).results);
        } catch (error) {
          expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        }
      }
    }
  });
});
