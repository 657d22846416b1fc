import { describe, expect, it } from 'vitest';
import type { WatchEntry } from '../journal/watch-entry';
import { deleteChange, editChange, pendingByWatch, restoreChange, watchPatch, withPatch } from './changes';
import { newEntry, outcomeOf } from './outbox';

const watch = {
  id: 7,
  tconst: 'tt0000005',
  title: 'Blacksmith Scene',
  year: 1893,
  watchedOn: '2025-06-01',
  datePrecision: 'day',
  grade: 6,
  rewatch: false,
  review: '<p>Imported <b>markup</b></p>',
  tags: ['cinema', 'silent'],
  place: 'Home',
  companions: ['Ann'],
} as WatchEntry;

/** The edit form's values for `watch` as it is (what Save sends when nothing was touched). */
const unchanged = {
  id: '7',
  watchedOn: '2025-06-01',
  grade: '6',
  review: '<p>Imported <b>markup</b></p>',
  tags: 'cinema\nsilent',
  place: 'Home',
  companions: 'Ann',
};

describe('watchPatch', () => {
  it('is null when nothing changed, an imported review and the unchecked rewatch box included', () => {
    expect(watchPatch(watch, unchanged)).toBeNull();
  });

  it('holds only the fields changed, as JSON values', () => {
    expect(watchPatch(watch, { ...unchanged, grade: '9', tags: 'cinema', rewatch: 'on' })).toEqual({
      grade: 9,
      tags: ['cinema'],
      rewatch: true,
    });
    expect(watchPatch(watch, { ...unchanged, grade: '', place: '  ', review: 'New', watchedOn: '2025' })).toEqual({
      grade: null,
      place: null,
      review: 'New',
      watchedOn: '2025',
    });
  });

  it('sends a grade that is no number as typed, for the server to refuse with its reason', () => {
    expect(watchPatch(watch, { ...unchanged, grade: 'ten' })).toEqual({ grade: 'ten' });
  });
});

describe('the changes', () => {
  it('edit, delete and restore address the viewing, with its title for the screens', () => {
    const edit = editChange(watch, { grade: 9, watchedOn: '2025-07' });
    expect(edit).toMatchObject({ kind: 'edit', method: 'PATCH', path: '/api/v1/watches/7', body: { grade: 9 } });
    expect(edit.preview).toMatchObject({ watchId: 7, title: 'Blacksmith Scene', grade: 9, watchedOn: '2025-07' });
    expect(deleteChange(watch)).toMatchObject({ method: 'DELETE', path: '/api/v1/watches/7', body: null });
    expect(restoreChange(watch)).toMatchObject({ method: 'POST', path: '/api/v1/watches/7/restore' });
  });

  it('withPatch shows a waiting edit, the date in its precision', () => {
    expect(withPatch(watch, { watchedOn: '2025-07', grade: 9 })).toMatchObject({
      watchedOn: '2025-07',
      datePrecision: 'month',
      grade: 9,
      review: watch.review,
    });
    expect(withPatch(watch, { watchedOn: '' })).toMatchObject({ watchedOn: null, datePrecision: 'unknown' });
  });
});

describe('pendingByWatch', () => {
  const entry = (change: ReturnType<typeof editChange>, id: string, at: number) => newEntry(change, id, at);

  it('merges a viewing’s waiting edits, the later field over the earlier', () => {
    const pending = [
      entry(editChange(watch, { grade: 9, place: 'Cinema' }), 'a', 1),
      entry(editChange(watch, { grade: 7 }), 'b', 2),
    ];
    expect(pendingByWatch(pending).get(7)).toEqual({
      patch: { grade: 7, place: 'Cinema' },
      deleted: false,
      deleteEntryId: null,
    });
  });

  it('a waiting delete hides the viewing; a later restore brings it back', () => {
    const deleted = [entry(deleteChange(watch), 'd', 1)];
    expect(pendingByWatch(deleted).get(7)).toMatchObject({ deleted: true, deleteEntryId: 'd' });
    const restored = [...deleted, entry(restoreChange(watch), 'r', 2)];
    expect(pendingByWatch(restored).get(7)).toMatchObject({ deleted: false, deleteEntryId: null });
  });
});

describe('outcomeOf, by kind', () => {
  const gone = { ok: false as const, status: 404, body: { error: 'not_found' } };

  it('a delete or a watchlist removal of what is gone already is done', () => {
    expect(outcomeOf(gone, 'delete')).toBe('done');
    expect(outcomeOf(gone, 'watchlist-remove')).toBe('done');
  });

  it('an edit or undo of a viewing deleted elsewhere needs attention', () => {
    expect(outcomeOf(gone, 'edit')).toBe('attention');
    expect(outcomeOf(gone, 'restore')).toBe('attention');
  });
});
