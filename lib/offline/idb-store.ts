import { databaseOpener } from './idb-open';
import type { OutboxEntry, OutboxStore } from './outbox';

// The outbox in IndexedDB (plain API, no wrapper): one database, one object store keyed by the
// entry id. Works in pages and in the service worker, which replays it on Background Sync.

const DB_NAME = 'mmj-offline';
const STORE = 'outbox';

const database = databaseOpener(DB_NAME, STORE, 'id');

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    // Resolved on commit, so a write is on disk before the caller goes on.
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const idbOutbox: OutboxStore = {
  all: () => run('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>),
  put: async (entry) => void (await run('readwrite', (s) => s.put(entry))),
  remove: async (id) => void (await run('readwrite', (s) => s.delete(id))),
  clear: async () => void (await run('readwrite', (s) => s.clear())),
};
