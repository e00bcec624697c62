/**
 * A small IndexedDB key-value store of chain reads kept for the next visit (the catalog and the
 * ledger overview, per network; docs/performance.md, Returning visits). It is a cache: a failure
 * to read or write is swallowed (the app reads the chain anyway), and whatever is read back is
 * untrusted: the caller validates it before use (`persisted-services.ts`,
 * `persisted-overview.ts`). Values are stored by structured clone, so bigints stay exact.
 */
import { idbConnection } from './idb-connection'

export const CHAIN_CACHE_DB = '0g-chain-cache'
const STORE = 'snapshots'

const connection = idbConnection(CHAIN_CACHE_DB, 1, (db) => db.createObjectStore(STORE))

function request<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) {
  return connection.open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const req = op(db.transaction(STORE, mode).objectStore(STORE))
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
      }),
  )
}

/** The value saved under `key`, or undefined (none, or storage unavailable). Untrusted. */
export async function readChainCache(key: string): Promise<unknown> {
  try {
    return await request('readonly', (s) => s.get(key))
  } catch {
    return undefined
  }
}

/** Saves `value` under `key`; a failure (quota, private mode) is ignored. */
export async function writeChainCache(key: string, value: unknown): Promise<void> {
  try {
    await request('readwrite', (s) => s.put(value, key))
  } catch {
    /* a cache: the next visit reads the chain */
  }
}

/** Closes the shared connection (before the database is deleted). */
export function closeChainCache(): Promise<void> {
  return connection.close()
}
