/**
 * The local transaction log in localStorage, one list per chain and wallet (newest last, capped).
 * Unavailable or full storage degrades to memory for this tab. Framework-free; hooks subscribe.
 */
import type { Address, Hex } from 'viem'
import { parseStoredJson } from '@/lib/stored-data'
import { MAX_TX_RECORDS, parseTxRecords, type TxRecord } from '@/lib/tx-record'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

const memory = new Map<string, TxRecord[]>()
/** The last text read per key and its parsed records (parsing 1 000 records once, not per render). */
const parsed = new Map<string, { raw: string; list: TxRecord[] }>()
const listeners = new Set<() => void>()
let version = 0

function key(chainId: number, user: Address): string {
  return `0g-tx:v1:${chainId}:${user.toLowerCase()}`
}

/** Stored records of `k`; malformed ones are skipped and reported (storage is untrusted). */
function read(k: string): TxRecord[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(k)
  } catch {
    /* unavailable storage: fall back to memory */
  }
  if (!raw) return memory.get(k) ?? []
  const cached = parsed.get(k)
  if (cached?.raw === raw) return cached.list
  const { value, dropped } = parseStoredJson(raw, parseTxRecords, [])
  noteUnreadableRecords(k, dropped)
  parsed.set(k, { raw, list: value })
  return value
}

function write(k: string, list: TxRecord[]): void {
  memory.set(k, list)
  try {
    localStorage.setItem(k, JSON.stringify(list))
  } catch {
    noteStorageFailure('localStorage')
    /* kept in memory for this tab */
  }
  version++
  for (const fn of listeners) fn()
}

/** Every logged transaction of `user` on `chainId`, oldest first. */
export function listTransactions(chainId: number, user: Address): TxRecord[] {
  return read(key(chainId, user))
}

/** Adds a record, or merges `record` into the stored one with the same hash. */
export function saveTransaction(record: TxRecord): void {
  const k = key(record.chainId, record.from)
  const list = read(k)
  const i = list.findIndex((r) => r.hash === record.hash)
  const next = i < 0 ? [...list, record] : list.map((r, j) => (j === i ? { ...r, ...record } : r))
  write(k, next.slice(-MAX_TX_RECORDS))
}

/** Updates fields of a stored record (no-op when the hash is unknown). */
export function updateTransaction(
  chainId: number,
  user: Address,
  hash: Hex,
  patch: Partial<TxRecord>,
): void {
  const k = key(chainId, user)
  const list = read(k)
  if (!list.some((r) => r.hash === hash)) return
  write(
    k,
    list.map((r) => (r.hash === hash ? { ...r, ...patch } : r)),
  )
}

/** Calls `fn` after every change made in this tab or another; returns the unsubscribe function. */
export function subscribeTransactions(fn: () => void): () => void {
  listeners.add(fn)
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('0g-tx:v1:')) {
      version++
      fn()
    }
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(fn)
    window.removeEventListener('storage', onStorage)
  }
}

/** A counter that changes with every write (a cheap useSyncExternalStore snapshot). */
export function transactionsVersion(): number {
  return version
}
