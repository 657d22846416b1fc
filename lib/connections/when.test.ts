import { describe, expect, it } from 'vitest';
import { localDay, watchedWhen } from './when';

describe('the day of a play, in the household’s zone', () => {
  it('dates a late-evening play in Berlin on its Berlin day, not the UTC one', () => {
    const at = new Date('2023-01-03T23:30:00Z');
    expect(localDay(at, 'Europe/Berlin')).toBe('2023-01-04');
    expect(localDay(at, 'America/New_York')).toBe('2023-01-03');
  });

  it('says last night, yesterday, a weekday or a date', () => {
    const now = new Date('2023-01-05T09:00:00Z');
    const tz = 'Europe/Berlin';
    expect(watchedWhen(new Date('2023-01-04T21:00:00Z'), now, tz)).toBe('last night');
    expect(watchedWhen(new Date('2023-01-05T00:30:00Z'), now, tz)).toBe('last night');
    expect(watchedWhen(new Date('2023-01-04T12:00:00Z'), now, tz)).toBe('yesterday');
    expect(watchedWhen(new Date('2023-01-05T08:00:00Z'), now, tz)).toBe('today');
    expect(watchedWhen(new Date('2023-01-02T12:00:00Z'), now, tz)).toBe('on Monday');
    expect(watchedWhen(new Date('2022-12-01T12:00:00Z'), now, tz)).toBe('on 1 Dec 2022');
  });
});
