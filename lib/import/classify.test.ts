import { describe, expect, it } from 'vitest';
import { type Classifiable, classifyRecords, type JournalState } from './classify';

const watch = (tconst: string, watchedOn: string | null, extra: Partial<Classifiable> = {}): Classifiable => ({
  kind: 'watch',
  tconst,
  watchedOn,
  precision: watchedOn ? 'day' : 'unknown',
  error: null,
  matchReason: null,
  ...extra,
});
const empty = (): JournalState => ({ sameDay: new Map(), perTitle: new Map(), watchlist: new Set() });
const statuses = (records: Classifiable[], journal = empty(), exact = false) =>
  classifyRecords(records, journal, exact).map((c) => c.status);

describe('the same viewing', () => {
  it('keeps two dated viewings of one day, and counts them against the journal', () => {
    const file = [watch('tt1', '2024-01-01'), watch('tt1', '2024-01-01')];
    expect(statuses(file)).toEqual(['new', 'new']);
    const journal = empty();
    journal.sameDay.set('tt1|2024-01-01|day', 1);
    journal.perTitle.set('tt1', 1);
    expect(statuses(file, journal)).toEqual(['duplicate', 'new']);
  });

  it('takes a rating-only or undated record as the same as any viewing of the title', () => {
    const journal = empty();
    journal.perTitle.set('tt1', 1);
    expect(statuses([watch('tt1', '2020-01-01', { ratingOnly: true }), watch('tt2', null)], journal)).toEqual([
      'duplicate',
      'new',
    ]);
    // Within one file: merged into the file's dated viewing, not "already logged".
    expect(statuses([watch('tt3', null), watch('tt3', '2020-05-05')])).toEqual(['merged', 'new']);
  });

  it('restores a journal export exactly, unknown dates included', () => {
    const file = [watch('tt1', '2020-05-05'), watch('tt1', null), watch('tt1', null)];
    expect(statuses(file, empty(), true)).toEqual(['new', 'new', 'new']);
  });

  it('reports invalid, merged, unmatched and watchlist records', () => {
    const records: Classifiable[] = [
      watch('tt1', null, { error: 'bad' }),
      watch('tt1', null, { mergedInto: 'its rating went into …' }),
      watch('', null, { tconst: null, matchReason: 'no title matches' }),
      { ...watch('tt4', null), kind: 'watchlist' },
      { ...watch('tt4', null), kind: 'watchlist' },
    ];
    expect(classifyRecords(records, empty()).map((c) => [c.status, c.reason])).toEqual([
      ['invalid', 'bad'],
      ['merged', 'its rating went into …'],
      ['review', 'no title matches'],
      ['watchlist', null],
      ['merged', 'on the watchlist earlier in the file'],
    ]);
  });
});
