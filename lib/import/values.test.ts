import { describe, expect, it } from 'vitest';
import { guessDateOrder, imdbIdFrom, imdbIdInRow, parseDate, parseGrade } from './values';

describe('import values', () => {
  it('reads the dates exports and spreadsheets write', () => {
    expect(parseDate('2024-03-05')).toEqual({ date: '2024-03-05', precision: 'day' });
    expect(parseDate('2024-03-05T20:15:00Z')).toEqual({ date: '2024-03-05', precision: 'day' });
    expect(parseDate('2024-03')).toEqual({ date: '2024-03-01', precision: 'month' });
    expect(parseDate('2024')).toEqual({ date: '2024-01-01', precision: 'year' });
    expect(parseDate('4/2/2026', 'mdy')).toEqual({ date: '2026-04-02', precision: 'day' });
    expect(parseDate('4/2/2026', 'dmy')).toEqual({ date: '2026-02-04', precision: 'day' });
    expect(parseDate('14.03.21', 'dmy')).toEqual({ date: '2021-03-14', precision: 'day' });
    expect(parseDate('Sat Apr 23 08:36:35 2011')).toEqual({ date: '2011-04-23', precision: 'day' });
    expect(parseDate('')).toEqual({ date: null, precision: 'unknown' });
    expect(parseDate('2023-02-29')).toEqual({ error: '"2023-02-29" is not a real date' });
    expect(parseDate('yesterday')).toEqual({ error: '"yesterday" is not a date' });
  });

  it('reads months and month names in English and French, with their precision', () => {
    expect(parseDate('03/2015', 'dmy')).toEqual({ date: '2015-03-01', precision: 'month' });
    expect(parseDate('mars 2015')).toEqual({ date: '2015-03-01', precision: 'month' });
    expect(parseDate('5 mars 2015')).toEqual({ date: '2015-03-05', precision: 'day' });
    expect(parseDate('1er août 2014')).toEqual({ date: '2014-08-01', precision: 'day' });
    expect(parseDate('Févr. 2016')).toEqual({ date: '2016-02-01', precision: 'month' });
    expect(parseDate('March 5, 2015')).toEqual({ date: '2015-03-05', precision: 'day' });
    expect(parseDate('5 December 2015')).toEqual({ date: '2015-12-05', precision: 'day' });
    expect(parseDate('5-Mar-15')).toEqual({ date: '2015-03-05', precision: 'day' });
    expect(parseDate('13/2015')).toEqual({ error: '"13/2015" is not a date' });
    expect(parseDate('31 février 2015')).toEqual({ error: '"31 février 2015" is not a date' });
    expect(parseDate('Total Recall')).toEqual({ error: '"Total Recall" is not a date' });
  });

  it('tells day-first from month-first by the values', () => {
    expect(guessDateOrder(['1/2/2020', '13/2/2020'], 'mdy')).toBe('dmy');
    expect(guessDateOrder(['1/2/2020', '2/13/2020'], 'dmy')).toBe('mdy');
    expect(guessDateOrder(['1/2/2020'], 'mdy')).toBe('mdy');
  });

  it('maps grades to half steps on 10', () => {
    expect(parseGrade('7', 10)).toBe(7);
    expect(parseGrade('3.5', 5)).toBe(7);
    expect(parseGrade('0.5', 5)).toBe(1);
    expect(parseGrade('4,5', 5)).toBe(9);
    expect(parseGrade('87', 100)).toBe(8.5);
    expect(parseGrade('', 10)).toBeNull();
    expect(parseGrade('11', 10)).toEqual({ error: 'grade "11" is outside 0–10' });
    expect(parseGrade('great', 10)).toEqual({ error: 'grade "great" is not a number' });
  });

  it('finds IMDb ids in ids and URLs only', () => {
    expect(imdbIdFrom('tt0111161')).toBe('tt0111161');
    expect(imdbIdFrom('http://www.imdb.com/title/tt0111161/')).toBe('tt0111161');
    expect(imdbIdFrom('https://m.imdb.com/title/tt10872600/?ref_=x')).toBe('tt10872600');
    expect(imdbIdFrom('https://boxd.it/tt0111161')).toBeNull();
    expect(imdbIdInRow(['Heat', 'see https://www.imdb.com/title/tt0113277/ here'])).toBe('tt0113277');
  });
});
