import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, parseSearchQuery } from './parse';

const NOW = new Date('2026-11-25T12:00:00Z');
const parse = (q: string) => parseSearchQuery(q, NOW);

describe('parseSearchQuery', () => {
  it('normalises the text and splits it into words', () => {
    expect(parse('  Star   Wars: the Force ')).toMatchObject({
      text: 'Star Wars: the Force',
      normalized: 'star wars the force',
      year: null,
      textWithoutYear: 'Star Wars: the Force',
      normalizedWithoutYear: 'star wars the force',
      words: ['star', 'wars', 'the', 'force'],
    });
  });

  it.each([
    ['heat 1995', 'heat', 1995],
    ['Heat (1995)', 'Heat', 1995],
    ['heat(1995)', 'heat', 1995],
    ['heat [1995]', 'heat', 1995],
    ['heat, 1995', 'heat', 1995],
    ['The Thing - 1982', 'The Thing', 1982],
    ['wonder woman 1984', 'wonder woman', 1984],
  ])('takes a trailing year as a hint: %s', (query, rest, year) => {
    const parsed = parse(query);
    expect(parsed.year).toBe(year);
    expect(parsed.textWithoutYear).toBe(rest);
    expect(parsed.words).toEqual(parsed.normalizedWithoutYear.split(' '));
    // The full text is still there: "wonder woman 1984" is also the title of a film.
    expect(parsed.normalized).toContain(String(year));
  });

  it.each([
    ['1917'],
    ['(2001)'],
    ['2001 a space odyssey'],
    ['blade runner 2049'],
    ['x1995'],
    ['heat 1795'],
    ['the year 12345'],
  ])('keeps a number that is no year hint in the text: %s', (query) => {
    const parsed = parse(query);
    expect(parsed.year).toBeNull();
    expect(parsed.textWithoutYear).toBe(parsed.text);
  });

  it('accepts a year up to ten years ahead', () => {
    expect(parse('avatar 2036').year).toBe(2036);
    expect(parse('avatar 2037').year).toBeNull();
  });

  it('treats the last word as unfinished unless the query ends with a space, punctuation or a year', () => {
    expect(parse('star wa').lastWordIsPrefix).toBe(true);
    expect(parse('star wars ').lastWordIsPrefix).toBe(false);
    expect(parse('star wars!').lastWordIsPrefix).toBe(false);
    expect(parse('heat 1995').lastWordIsPrefix).toBe(false);
  });

  it('finds no words in punctuation', () => {
    expect(parse(' ?! ')).toMatchObject({ normalizedWithoutYear: '', words: [] });
  });

  it('caps the length and the number of words', () => {
    const long = 'word '.repeat(100);
    const parsed = parse(long);
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parsed.words).toHaveLength(MAX_QUERY_WORDS);
  });
});
