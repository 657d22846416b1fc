import { normalizeSearchText } from '../search/normalize';
import { parseSearchQuery } from '../search/parse';
import { databaseOpener } from './idb-open';

// A small index of titles on the device, for searching with no network: the journal's and the
// watchlist's titles as their pages showed them, and the title pages opened. Kept in its own
// IndexedDB database (sign-out deletes it with the outbox); matched in memory (a journal's
// titles are a few thousand at most).

export interface IndexedTitle {
  tconst: string;
  title: string;
  year: number | null;
  type: string | null;
  inJournal: boolean;
  onWatchlist: boolean;
  /** When a page last showed it (ms): the recently seen come first among equals. */
  seenAt: number;
}

/** What a page knows of a title; the flags say what it knows for sure. */
export type SeenTitle = Omit<IndexedTitle, 'seenAt' | 'inJournal' | 'onWatchlist'> &
  Partial<Pick<IndexedTitle, 'inJournal' | 'onWatchlist'>>;

const DB_NAME = 'mmj-titles';
const STORE = 'titles';
const MAX_TITLES = 5000;

/**
 * The titles matching a query: every word of it inside the title (so "amelie" finds "d'Amélie"),
 * best first: a year hint met, the whole title, its start, words matched from their start, the
 * journal's.
 */
export function matchTitles(titles: readonly IndexedTitle[], query: string, limit = 30): IndexedTitle[] {
  const parsed = parseSearchQuery(query);
  if (parsed.words.length === 0) return [];
  const scored: { title: IndexedTitle; score: number }[] = [];
  for (const title of titles) {
    const normalized = normalizeSearchText(title.title);
    if (!parsed.words.every((word) => normalized.includes(word))) continue;
    const words = normalized.split(' ');
    const starts = parsed.words.filter((word) => words.some((w) => w.startsWith(word))).length;
    const score =
      (parsed.year !== null && title.year === parsed.year ? 100 : 0) +
      (normalized === parsed.normalizedWithoutYear ? 50 : 0) +
      (normalized.startsWith(parsed.normalizedWithoutYear) ? 10 : 0) +
      starts * 2 +
      (title.inJournal ? 1 : 0);
    scored.push({ title, score });
  }
  scored.sort((a, b) => b.score - a.score || b.title.seenAt - a.title.seenAt);
  return scored.slice(0, limit).map((s) => s.title);
}

const database = databaseOpener(DB_NAME, STORE, 'tconst');

const all = (store: IDBObjectStore) =>
  new Promise<IndexedTitle[]>((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result as IndexedTitle[]);
    request.onerror = () => reject(request.error);
  });

/** Adds or refreshes titles a page showed, keeping what was known of them (in the journal, on the list). */
export async function rememberTitles(seen: readonly SeenTitle[], now = Date.now()): Promise<void> {
  if (seen.length === 0) return;
  const db = await database();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const known = new Map((await all(store)).map((t) => [t.tconst, t]));
  for (const title of seen) {
    const before = known.get(title.tconst);
    store.put({
      ...title,
      inJournal: title.inJournal ?? before?.inJournal ?? false,
      onWatchlist: title.onWatchlist ?? before?.onWatchlist ?? false,
      seenAt: now,
    } satisfies IndexedTitle);
  }
  // The oldest seen go first once the index is full.
  const fresh = new Set(seen.map((t) => t.tconst));
  const overflow = known.size + [...fresh].filter((t) => !known.has(t)).length - MAX_TITLES;
  if (overflow > 0) {
    const oldest = [...known.values()].filter((t) => !fresh.has(t.tconst)).sort((a, b) => a.seenAt - b.seenAt);
    for (const old of oldest.slice(0, overflow)) store.delete(old.tconst);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Searches the titles on this device. */
export async function searchDevice(query: string): Promise<IndexedTitle[]> {
  const db = await database();
  return matchTitles(await all(db.transaction(STORE).objectStore(STORE)), query);
}

/** Sign-out: the index goes with the rest of the journal's traces on the device. */
export function forgetTitles(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
