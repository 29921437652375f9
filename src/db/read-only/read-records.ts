// Plain IndexedDB reads, for a page that must not wait for Dexie or the worker. Each mirrors a Dexie query
// in src/db: the popup's direct read is checked against the background's answer in tests/unit/popup-direct-read.test.ts.

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One record by its primary key. */
export function getRecord<T>(tx: IDBTransaction, table: string, key: IDBValidKey): Promise<T | undefined> {
  return done(tx.objectStore(table).get(key) as IDBRequest<T | undefined>);
}

/** How many records an index holds for one value. */
export function countBy(
  tx: IDBTransaction,
  table: string,
  index: string,
  value: IDBValidKey,
): Promise<number> {
  return done(tx.objectStore(table).index(index).count(value));
}

/** The first `limit` records in descending order of an index. */
export function newestBy<T>(tx: IDBTransaction, table: string, index: string, limit: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const found: T[] = [];
    if (limit <= 0) {
      resolve(found);
      return;
    }
    const request = tx.objectStore(table).index(index).openCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(found);
      found.push(cursor.value as T);
      if (found.length >= limit) return resolve(found);
      cursor.continue();
    };
  });
}
