/**
 * Everything this app keeps in the browser, counted and cleared in one place (docs/security.md,
 * "Stored data"). Keys of this app start with `0g-`; the wallet libraries keep `wagmi.*`, `rk-*`
 * and (with WalletConnect) `wc@2:*` keys and their own IndexedDB databases.
 */
import { CHAIN_CACHE_DB, closeChainCache } from './chain-cache-store'

/**
 * The playground's database module, loaded only when counting or clearing (it validates stored
 * conversations and receipts, which pulls signature recovery; the first screen needs none of it).
 */
const playgroundDb = () => import('./conversation-store')

const APP_KEY = /^(0g-|wagmi\.|rk-|wc@2:|@w3m|WALLETCONNECT_DEEPLINK_CHOICE)/
const WALLET_DBS = ['WALLET_CONNECT_V2_INDEXED_DB']

export interface StorageUsage {
  keys: number
  /** UTF-16 characters of keys and values (roughly bytes × 2 in the browser's quota). */
  chars: number
}

export interface LocalDataSummary {
  localStorage: StorageUsage | null
  sessionStorage: StorageUsage | null
  /** null when IndexedDB cannot be read. */
  conversations: number | null
  gallery: number | null
  transcripts: number | null
  compareRuns: number | null
}

function usage(storage: () => Storage): StorageUsage | null {
  try {
    const s = storage()
    let keys = 0
    let chars = 0
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i)
      if (!k || !APP_KEY.test(k)) continue
      keys++
      chars += k.length + (s.getItem(k)?.length ?? 0)
    }
    return { keys, chars }
  } catch {
    return null
  }
}

/** What is stored now. */
export async function summarizeLocalData(): Promise<LocalDataSummary> {
  const counts = await playgroundDb()
    .then((db) => db.countStored())
    .catch(() => null)
  return {
    localStorage: usage(() => localStorage),
    sessionStorage: usage(() => sessionStorage),
    conversations: counts?.conversations ?? null,
    gallery: counts?.gallery ?? null,
    transcripts: counts?.transcripts ?? null,
    compareRuns: counts?.compareRuns ?? null,
  }
}

function clearKeys(storage: () => Storage): void {
  try {
    const s = storage()
    const doomed: string[] = []
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i)
      if (k && APP_KEY.test(k)) doomed.push(k)
    }
    for (const k of doomed) s.removeItem(k)
  } catch {
    /* unavailable: nothing stored there */
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.deleteDatabase(name)
      req.onsuccess = () => resolve()
      req.onerror = () => resolve()
      // Another tab still has it open: it is deleted once that tab closes.
      req.onblocked = () => resolve()
    } catch {
      resolve()
    }
  })
}

/** Deletes this app's keys in localStorage and sessionStorage and its IndexedDB databases. */
export async function clearLocalData(): Promise<void> {
  clearKeys(() => localStorage)
  clearKeys(() => sessionStorage)
  const db = await playgroundDb()
  await db.closeDatabase()
  await closeChainCache()
  await Promise.all([db.DB_NAME, CHAIN_CACHE_DB, ...WALLET_DBS].map(deleteDatabase))
}
