// Opening one of the app's IndexedDB databases (one object store each), in pages and in the
// service worker. The connection is kept and shared; another tab deleting the database
// (sign-out) closes it, and the next call opens it again.

/** A function that opens the database `name` with its one store, once, and then hands out the connection. */
export function databaseOpener(name: string, store: string, keyPath: string): () => Promise<IDBDatabase> {
  let opening: Promise<IDBDatabase> | null = null;
  return () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath });
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    });
    return opening;
  };
}
