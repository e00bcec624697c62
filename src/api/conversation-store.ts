/**
 * The playground's IndexedDB database (plain IndexedDB API): `conversations`, `gallery`,
 * `transcripts` and `compare-runs`, each keyed by `id`; every paid response's verdict lives in one
 * of them (docs/playground.md, Storage). Every call opens the shared connection lazily; failures
 * reject (the UI shows them).
 */
import type {
  CompareRun,
  Conversation,
  GalleryItem,
  Transcript,
} from '@/lib/playground/conversation'
import {
  parseStoredCompareRuns,
  parseStoredConversations,
  parseStoredGallery,
  parseStoredTranscripts,
} from '@/lib/playground/stored-conversation'
import type { Parsed } from '@/lib/stored-data'
import { idbConnection } from './idb-connection'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

export const DB_NAME = '0g-playground'
/** 1: conversations, gallery. 2 (#12.3): + transcripts, compare-runs (earlier data is kept). */
const DB_VERSION = 2
const STORES = ['conversations', 'gallery', 'transcripts', 'compare-runs'] as const
type StoreName = (typeof STORES)[number]

// Failing to open (private mode, disabled storage) is said once; the next call tries again.
const connection = idbConnection(
  DB_NAME,
  DB_VERSION,
  (db) => {
    // Only adds the stores a version lacks: the records of the older stores are kept.
    for (const name of STORES) {
      if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' })
    }
  },
  () => noteStorageFailure('indexedDB'),
)

/** Closes the shared connection (before the database is deleted). */
export function closeDatabase(): Promise<void> {
  return connection.close()
}

/** Number of stored conversations, gallery items, transcripts and side-by-side runs (all wallets). */
export async function countStored(): Promise<{
  conversations: number
  gallery: number
  transcripts: number
  compareRuns: number
}> {
  const [conversations, gallery, transcripts, compareRuns] = await Promise.all(
    STORES.map((name) => run(name, 'readonly', (s) => s.count())),
  )
  return {
    conversations: conversations!,
    gallery: gallery!,
    transcripts: transcripts!,
    compareRuns: compareRuns!,
  }
}

async function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await connection.open()
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

/** Records of `store` of a wallet on a chain, newest first; malformed ones are skipped and reported. */
async function listNewest<T extends { chainId: number; user: string; createdAt: number }>(
  store: StoreName,
  parse: (all: readonly unknown[]) => Parsed<T[]>,
  chainId: number,
  user: string,
): Promise<T[]> {
  const all = await run<unknown[]>(store, 'readonly', (s) => s.getAll())
  const { value, dropped } = parse(all)
  noteUnreadableRecords(`indexedDB:${store}`, dropped)
  return byChainUser(value, chainId, user).sort((a, b) => b.createdAt - a.createdAt)
}

/** Gallery items of a wallet on a chain, newest first; malformed ones are skipped and reported. */
export function listGallery(chainId: number, user: string): Promise<GalleryItem[]> {
  return listNewest('gallery', parseStoredGallery, chainId, user)
}

/** Inserts or replaces a gallery item. */
export async function saveGalleryItem(item: GalleryItem): Promise<void> {
  await run('gallery', 'readwrite', (s) => s.put(item))
}

/** Deletes a gallery item. */
export async function deleteGalleryItem(id: string): Promise<void> {
  await run('gallery', 'readwrite', (s) => s.delete(id))
}

/** Transcripts of a wallet on a chain, newest first; malformed ones are skipped and reported. */
export function listTranscripts(chainId: number, user: string): Promise<Transcript[]> {
  return listNewest('transcripts', parseStoredTranscripts, chainId, user)
}

/** Inserts or replaces a transcript. */
export async function saveTranscript(t: Transcript): Promise<void> {
  await run('transcripts', 'readwrite', (s) => s.put(t))
}

/** Deletes a transcript. */
export async function deleteTranscript(id: string): Promise<void> {
  await run('transcripts', 'readwrite', (s) => s.delete(id))
}

/** Side-by-side runs of a wallet on a chain, newest first; malformed ones are skipped and reported. */
export function listCompareRuns(chainId: number, user: string): Promise<CompareRun[]> {
  return listNewest('compare-runs', parseStoredCompareRuns, chainId, user)
}

/** Inserts or replaces a side-by-side run. */
export async function saveCompareRun(r: CompareRun): Promise<void> {
  await run('compare-runs', 'readwrite', (s) => s.put(r))
}

/** Deletes a side-by-side run. */
export async function deleteCompareRun(id: string): Promise<void> {
  await run('compare-runs', 'readwrite', (s) => s.delete(id))
}
