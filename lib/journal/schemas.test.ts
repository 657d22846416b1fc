import { describe, expect, it } from 'vitest';
import { formatWatchDate, parseWatchDate, watchFiltersSchema, watchInputSchema, watchPatchSchema } from './schemas';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('parseWatchDate', () => {
  it.each([
    ['2024-03-09', { date: '2024-03-09', precision: 'day' }],
    ['2024-02-29', { date: '2024-02-29', precision: 'day' }],
    ['2024-03', { date: '2024-03-01', precision: 'month' }],
    ['2016', { date: '2016-01-01', precision: 'year' }],
    ['', { date: null, precision: 'unknown' }],
    ['  2016 ', { date: '2016-01-01', precision: 'year' }],
    ['2026-03-11', { date: '2026-03-11', precision: 'day' }],
  ])('reads %j', (text, expected) => {
    expect(parseWatchDate(text, NOW)).toEqual(expected);
  });

  it.each([
    ['2023-02-29', 'There is no such day.'],
    ['2024-00', 'There is no such month.'],
    ['1873', 'Films exist since 1874: check the year.'],
    ['2026-03-12', 'That is in the future.'],
    ['2027', 'That is in the future.'],
    ['09/03/2024', 'Use a date like 2024-03-09, a month like 2024-03, a year like 2024, or nothing.'],
  ])('refuses %j', (text, error) => {
    expect(parseWatchDate(text, NOW)).toEqual({ error });
  });

  it('formats the stored first day back in its precision', () => {
    expect(formatWatchDate('2024-03-01', 'month')).toBe('2024-03');
    expect(formatWatchDate('2016-01-01', 'year')).toBe('2016');
    expect(formatWatchDate('2024-03-09', 'day')).toBe('2024-03-09');
    expect(formatWatchDate(null, 'unknown')).toBeNull();
  });
});

describe('watchInputSchema', () => {
  it('reads a form (all strings) into clean values with defaults', () => {
    const parsed = watchInputSchema.parse({
      tconst: 'tt0111161',
      watchedOn: '2024-03-09',
      grade: '7,5',
      rewatch: 'on',
      review: '  ',
      tags: 'cinema\n festival , Cinema,,',
      place: '',
      companions: 'Anna, Ben',
    });
    expect(parsed).toEqual({
      tconst: 'tt0111161',
      watchedOn: '2024-03-09',
      dateKind: 'watched',
      grade: 7.5,
      rewatch: true,
      review: null,
      tags: ['cinema', 'festival'],
      place: null,
      companions: ['Anna', 'Ben'],
    });
  });

  it('reads JSON with only the required fields', () => {
    expect(watchInputSchema.parse({ tconst: 'tt0000001', watchedOn: '' })).toEqual({
      tconst: 'tt0000001',
      watchedOn: '',
      dateKind: 'watched',
      grade: null,
      rewatch: false,
      review: null,
      tags: [],
      place: null,
      companions: [],
    });
  });

  it.each([
    [0, 'Grades go from 0.5 to 10.'],
    [10.5, 'Grades go from 0.5 to 10.'],
    [7.25, 'Grades go in half steps: 7, 7.5, 8…'],
    ['seven', 'A grade is a number from 0.5 to 10.'],
    [true, 'A grade is a number from 0.5 to 10.'],
  ])('explains why the grade %j is refused', (grade, message) => {
    const result = watchInputSchema.safeParse({ tconst: 'tt0000001', watchedOn: '', grade });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['grade', message]]);
  });

  it('asks for the date (an empty string when unknown) and a title id', () => {
    const result = watchInputSchema.safeParse({});
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['tconst', 'watchedOn']);
  });

  it('limits tags', () => {
    const result = watchInputSchema.safeParse({ tconst: 'tt0000001', watchedOn: '', tags: ['x'.repeat(41)] });
    expect(result.error?.issues[0]?.message).toBe('Tags: at most 40 characters each.');
  });
});

describe('watchPatchSchema', () => {
  it('leaves out what is not given', () => {
    expect(watchPatchSchema.parse({ grade: '8' })).toEqual({ grade: 8 });
    expect(watchPatchSchema.parse({ grade: '', rewatch: false })).toEqual({ grade: null, rewatch: false });
  });
});

describe('watchFiltersSchema', () => {
  it('reads URL values', () => {
    expect(watchFiltersSchema.parse({ year: '2024', grade: '8', tag: 'cinema', q: ' amélie ' })).toEqual({
      year: 2024,
      grade: 8,
      tag: 'cinema',
      q: 'amélie',
    });
    expect(watchFiltersSchema.parse({ grade: 'none', year: '' })).toEqual({ grade: 'none', year: null });
  });
});
