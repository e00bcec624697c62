/**
 * The playground's IndexedDB database (plain IndexedDB API): `conversations` and `gallery`, each
 * keyed by `id`. Every call opens the shared connection lazily; failures reject (the UI shows them).
 */
import type { Conversation, GalleryItem } from '@/lib/playground/conversation'
import { parseStoredConversations, parseStoredGallery } from '@/lib/playground/stored-conversation'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

export const DB_NAME = '0g-playground'
const DB_VERSION = 1
type StoreName = 'conversations' | 'gallery'

let dbPromise: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION)
    req.onupgradeneeded = () => {
      const db = req.result
      for (const name of ['conversations', 'gallery'] as const) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' })
      }
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB is unavailable'))
  }).catch((error: unknown) => {
    // Private mode or disabled storage: say so once, try again on the next call.
    dbPromise = null
    noteStorageFailure('indexedDB')
    throw error
  })
  return dbPromise
}

/** Closes the shared connection (before the database is deleted). */
export async function closeDatabase(): Promise<void> {
  const pending = dbPromise
  dbPromise = null
  if (pending) (await pending.catch(() => null))?.close()
}

/** Number of stored conversations and gallery items, of every chain and wallet. */
export async function countStored(): Promise<{ conversations: number; gallery: number }> {
  const [conversations, gallery] = await Promise.all([
    run('conversations', 'readonly', (s) => s.count()),
    run('gallery', 'readonly', (s) => s.count()),
  ])
  return { conversations, gallery }
}

async function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open()
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode)
    const req = op(tx.objectStore(store))
    tx.oncomplete = () => resolve(req.result)
    tx.onerror = () => {
      if (tx.error?.name === 'QuotaExceededError') noteStorageFailure('indexedDB')
      reject(tx.error ?? req.error)
    }
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

const byChainUser = <T extends { chainId: number; user: string }>(
  items: T[],
  chainId: number,
  user: string,
) => items.filter((i) => i.chainId === chainId && i.user.toLowerCase() === user.toLowerCase())

/**
 * Conversations of a wallet on a chain, most recent first. Records are untrusted: malformed ones
 * (and malformed messages) are skipped and reported.
 */
export async function listConversations(chainId: number, user: string): Promise<Conversation[]> {
  const all = await run<unknown[]>('conversations', 'readonly', (s) => s.getAll())
  const { value, dropped } = parseStoredConversations(all)
  noteUnreadableRecords('indexedDB:conversations', dropped)
  return byChainUser(value, chainId, user).sort((a, b) => b.updatedAt - a.updatedAt)
}

/** Inserts or replaces a conversation. */
export async function saveConversation(c: Conversation): Promise<void> {
  await run('conversations', 'readwrite', (s) => s.put(c))
}

/** Deletes a conversation. */
export async function deleteConversation(id: string): Promise<void> {
  await run('conversations', 'readwrite', (s) => s.delete(id))
}

/** Gallery items of a wallet on a chain, newest first; malformed ones are skipped and reported. */
export async function listGallery(chainId: number, user: string): Promise<GalleryItem[]> {
  const all = await run<unknown[]>('gallery', 'readonly', (s) => s.getAll())
  const { value, dropped } = parseStoredGallery(all)
  noteUnreadableRecords('indexedDB:gallery', dropped)
  return byChainUser(value, chainId, user).sort((a, b) => b.createdAt - a.createdAt)
}

/** Inserts or replaces a gallery item. */
export async function saveGalleryItem(item: GalleryItem): Promise<void> {
  await run('gallery', 'readwrite', (s) => s.put(item))
}

/** Deletes a gallery item. */
export async function deleteGalleryItem(id: string): Promise<void> {
  await run('gallery', 'readwrite', (s) => s.delete(id))
}
