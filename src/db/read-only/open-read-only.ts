/**
 * Opens Rapport's database for reading from an extension page, without Dexie and without ever changing
 * it: no version is asked for, so the browser never upgrades it here. When the database is missing, or
 * at a schema this build does not know (the worker has not migrated it yet), the answer is null and the
 * page asks the background instead, which owns every write, upgrades included.
 */
export function openReadOnly(
  idb: IDBFactory,
  name: string,
  schemaVersion: number,
): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      // Only a missing database asks to be created when no version is named: leave creating it to the
      // background, with its schema.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie stores schema version N as IndexedDB version N × 10.
      if (db.version !== schemaVersion * 10) {
        db.close();
        resolve(null);
        return;
      }
      // Never stand in the way of the background upgrading the schema.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}
