import { describe, expect, it } from 'vitest';
import {
  comesAfter,
  diaryGroupOf,
  formatGrade,
  formatRuntime,
  formatWatchedOn,
  groupDiary,
  reviewText,
} from './watches-format';

describe('reviewText', () => {
  it('keeps plain text as it is', () => {
    expect(reviewText('Loved it. 5 < 6 & so on')).toBe('Loved it. 5 < 6 & so on');
    expect(reviewText(null)).toBe('');
  });

  it('turns imported HTML into text, never markup', () => {
    const html =
      '<p>First <b>line</b>&nbsp;&amp; more</p><p>Second<br/>third &lt;tag&gt; &#8212; &#x263A;</p><script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(reviewText(html)).toBe('First line & more\n\nSecond\nthird <tag> — ☺');
  });

  it('leaves comparisons that are not tags alone', () => {
    expect(reviewText('a < b and c > d <3 <i>yes</i>')).toBe('a < b and c > d <3 yes');
  });

  it('drops list markup but keeps the items', () => {
    expect(reviewText('<ul><li>one</li><li>two</li></ul>')).toBe('• one\n\n• two');
  });
});

describe('formatting', () => {
  it('shows grades without a useless .0', () => {
    expect(formatGrade(8)).toBe('8');
    expect(formatGrade(7.5)).toBe('7.5');
    expect(formatGrade(null)).toBe('');
  });

  it('shows dates in their precision', () => {
    expect(formatWatchedOn('2024-03-09', 'day')).toBe('Sat 9 Mar 2024');
    expect(formatWatchedOn('2024-03', 'month')).toBe('March 2024');
    expect(formatWatchedOn('2024', 'year')).toBe('In 2024');
    expect(formatWatchedOn(null, 'unknown')).toBe('Date unknown');
    expect(formatWatchedOn('2021-03-12', 'day', { kind: 'rated' })).toBe('On or before 12 Mar 2021');
    expect(formatWatchedOn('2021-03-12', 'day', { kind: 'rated', short: true })).toBe('On or before 12 Mar');
  });

  it('shows runtimes', () => {
    expect(formatRuntime(142)).toBe('2h 22m');
    expect(formatRuntime(45)).toBe('45m');
    expect(formatRuntime(120)).toBe('2h');
    expect(formatRuntime(null)).toBe('');
  });
});

describe('groupDiary', () => {
  it('groups by month, a year-only date in its year, unknown dates last', () => {
    const w = (watchedOn: string | null, datePrecision: 'day' | 'month' | 'year' | 'unknown') => ({
      watchedOn,
      datePrecision,
    });
    const groups = groupDiary([
      w('2024-03-09', 'day'),
      w('2024-03', 'month'),
      w('2024-01-01', 'day'),
      w('2024', 'year'),
      w('2023-12-31', 'day'),
      w(null, 'unknown'),
    ]);
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([
      ['March 2024', 2],
      ['January 2024', 1],
      ['Sometime in 2024', 1],
      ['December 2023', 1],
      ['Date unknown', 1],
    ]);
    expect(diaryGroupOf('2016', 'year').key).toBe('2016');
  });
});

describe('comesAfter (the log sheet pre-ticks Rewatch)', () => {
  it('only when the earliest viewing is on or before the chosen date', () => {
    expect(comesAfter('2024-03-09', '2024-03-09')).toBe(true);
    expect(comesAfter('2024-03-10', '2024-03-09')).toBe(true);
    expect(comesAfter('2024-03-08', '2024-03-09')).toBe(false);
    expect(comesAfter('2024-03', '2024-03-09')).toBe(false);
    expect(comesAfter('2024', '2023-12-31')).toBe(true);
  });

  it('an undated viewing counts as the earliest; an undated new one as first of the dated', () => {
    expect(comesAfter('2001-01-01', null)).toBe(true);
    expect(comesAfter('', null)).toBe(true);
    expect(comesAfter('', '2024-03-09')).toBe(false);
    expect(comesAfter('not a date', '2024-03-09')).toBe(false);
  });
});
