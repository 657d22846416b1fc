import type { WatchEntry } from '../journal/watch-entry';
import type { Change, ChangePreview, OutboxEntry } from './outbox';

// The screens' changes other than logging, as the outbox sends them to the JSON API. An edit
// sends only the fields the person changed, so two devices editing one viewing each keep what
// they changed: the last writer wins per field, not per viewing.

/** The fields of a viewing an edit can change, as the PATCH sends them. */
export interface WatchPatch {
  watchedOn?: string;
  /** A number, or the typed text when it is none (the server refuses it with its reason). */
  grade?: number | string | null;
  rewatch?: boolean;
  review?: string | null;
  tags?: string[];
  place?: string | null;
  companions?: string[];
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,\n]/)
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const textOrNull = (text: string | undefined) => text?.trim() || null;
const sameList = (a: string[], b: string[]) => a.join('\n') === b.join('\n');

function watchPreview(watch: WatchEntry): ChangePreview {
  return {
    tconst: watch.tconst,
    title: watch.title ?? watch.tconst,
    year: watch.year,
    watchId: watch.id,
    watchedOn: watch.watchedOn,
    grade: watch.grade,
  };
}

/** The edit form's values against the viewing as it was shown: what changed, or null for nothing. */
export function watchPatch(watch: WatchEntry, values: Record<string, string>): WatchPatch | null {
  const patch: WatchPatch = {};
  const watchedOn = values.watchedOn?.trim() ?? '';
  if (watchedOn !== (watch.watchedOn ?? '')) patch.watchedOn = watchedOn;
  const gradeText = values.grade?.trim() ?? '';
  const grade = gradeText === '' ? null : Number(gradeText);
  if (grade !== watch.grade) patch.grade = Number.isNaN(grade) ? gradeText : grade;
  const rewatch = values.rewatch === 'on';
  if (rewatch !== watch.rewatch) patch.rewatch = rewatch;
  // Unchanged, the form sends the review as stored (an import's markup included).
  if (textOrNull(values.review) !== textOrNull(watch.review ?? undefined)) patch.review = textOrNull(values.review);
  if (!sameList(list(values.tags), watch.tags)) patch.tags = list(values.tags);
  if (textOrNull(values.place) !== textOrNull(watch.place ?? undefined)) patch.place = textOrNull(values.place);
  if (!sameList(list(values.companions), watch.companions)) patch.companions = list(values.companions);
  return Object.keys(patch).length ? patch : null;
}

export function editChange(watch: WatchEntry, patch: WatchPatch): Change {
  const preview = watchPreview(watch);
  if (patch.watchedOn !== undefined) preview.watchedOn = patch.watchedOn || null;
  if (typeof patch.grade === 'number' || patch.grade === null) preview.grade = patch.grade;
  return { kind: 'edit', method: 'PATCH', path: `/api/v1/watches/${watch.id}`, body: { ...patch }, preview };
}

export function deleteChange(watch: WatchEntry): Change {
  return {
    kind: 'delete',
    method: 'DELETE',
    path: `/api/v1/watches/${watch.id}`,
    body: null,
    preview: watchPreview(watch),
  };
}

/** Undo of a delete the server has already carried out. */
export function restoreChange(watch: WatchEntry): Change {
  return {
    kind: 'restore',
    method: 'POST',
    path: `/api/v1/watches/${watch.id}/restore`,
    body: null,
    preview: watchPreview(watch),
  };
}

/** What the watchlist and picks screens know of a title. */
export interface ChangedTitle {
  tconst: string;
  title: string;
  year: number | null;
}

const titlePreview = ({ tconst, title, year }: ChangedTitle): ChangePreview => ({
  tconst,
  title,
  year,
  watchedOn: null,
  grade: null,
});

export function watchlistChange(title: ChangedTitle, add: boolean): Change {
  return add
    ? {
        kind: 'watchlist-add',
        method: 'POST',
        path: '/api/v1/watchlist',
        body: { tconst: title.tconst },
        preview: titlePreview(title),
      }
    : {
        kind: 'watchlist-remove',
        method: 'DELETE',
        path: `/api/v1/watchlist/${title.tconst}`,
        body: null,
        preview: titlePreview(title),
      };
}

/** A pick's "Not interested". */
export function dismissChange(title: ChangedTitle): Change {
  return {
    kind: 'dismiss',
    method: 'POST',
    path: '/api/v1/picks/dismissals',
    body: { tconst: title.tconst },
    preview: titlePreview(title),
  };
}

/** A viewing as the screens show it while its edit waits: the patch applied. */
export function withPatch(watch: WatchEntry, patch: WatchPatch): WatchEntry {
  const next = { ...watch, ...patch } as WatchEntry;
  if (typeof patch.grade === 'string') next.grade = watch.grade;
  if (patch.watchedOn !== undefined) {
    const length = patch.watchedOn.length;
    next.watchedOn = patch.watchedOn || null;
    next.datePrecision = length === 10 ? 'day' : length === 7 ? 'month' : length === 4 ? 'year' : 'unknown';
  }
  return next;
}

/** What waits for a viewing of the diary: the edits merged (later fields over earlier), and whether it goes. */
export interface PendingWatchChange {
  patch: WatchPatch;
  deleted: boolean;
  /** The waiting delete's entry, which Undo takes back before it is sent. */
  deleteEntryId: string | null;
}

/** The pending edits, deletes and undos, by viewing, from the outbox's pending entries (oldest first). */
export function pendingByWatch(pending: readonly OutboxEntry[]): Map<number, PendingWatchChange> {
  const byWatch = new Map<number, PendingWatchChange>();
  for (const entry of pending) {
    const id = entry.preview.watchId;
    if (id === undefined || !['edit', 'delete', 'restore'].includes(entry.kind)) continue;
    const change = byWatch.get(id) ?? { patch: {}, deleted: false, deleteEntryId: null };
    if (entry.kind === 'edit') change.patch = { ...change.patch, ...(entry.body as WatchPatch) };
    change.deleted = entry.kind === 'delete' || (entry.kind !== 'restore' && change.deleted);
    change.deleteEntryId = entry.kind === 'delete' ? entry.id : entry.kind === 'restore' ? null : change.deleteEntryId;
    byWatch.set(id, change);
  }
  return byWatch;
}
