/**
 * One lazily opened IndexedDB connection, shared by all the calls of a store (the playground's
 * records, the chain cache).
 */

/**
 * `open()` opens database `name` at `version` on first use and then reuses the connection
 * (`upgrade` creates what an older version lacks); `close()` closes it (before the database is
 * deleted). When a newer version opens in another tab, or the database is being deleted, the
 * connection closes and the next call reopens it. A failed open rejects, runs `onOpenFailure`, and
 * is tried again on the next call.
 */
export function idbConnection(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
  onOpenFailure?: () => void,
) {
  let dbPromise: Promise<IDBDatabase> | null = null

  const open = (): Promise<IDBDatabase> => {
    dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, version)
      req.onupgradeneeded = () => upgrade(req.result)
      req.onsuccess = () => {
        const db = req.result
        // A newer version opened in another tab (or the database is being deleted): let it
        // proceed, and reopen on the next call.
        db.onversionchange = () => {
          db.close()
          dbPromise = null
        }
        resolve(db)
      }
      req.onerror = () => reject(req.error ?? new Error('IndexedDB is unavailable'))
    }).catch((error: unknown) => {
      // Private mode or disabled storage: try again on the next call.
      dbPromise = null
      onOpenFailure?.()
      throw error
    })
    return dbPromise
  }

  const close = async (): Promise<void> => {
    const pending = dbPromise
    dbPromise = null
    if (pending) (await pending.catch(() => null))?.close()
  }

  return { open, close }
}
