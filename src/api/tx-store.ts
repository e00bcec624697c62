/**
 * The local transaction log in localStorage, one list per chain and wallet (newest last, capped).
 * Unavailable or full storage degrades to memory for this tab. Framework-free; hooks subscribe.
 */
import type { Address, Hex } from 'viem'
import { MAX_TX_RECORDS, parseTxRecords, type TxRecord } from '@/lib/tx-record'
import { recordListStore } from './record-list-store'

const store = recordListStore(parseTxRecords)
let version = 0

function key(chainId: number, user: Address): string {
  return `0g-tx:v1:${chainId}:${user.toLowerCase()}`
}

const read = (k: string): TxRecord[] => store.read(k)

function write(k: string, list: TxRecord[]): void {
  version++
  store.write(k, list)
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
  const unsubscribe = store.subscribe(fn)
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('0g-tx:v1:')) {
      version++
      fn()
    }
  }
  window.addEventListener('storage', onStorage)
  return () => {
    unsubscribe()
    window.removeEventListener('storage', onStorage)
  }
}

/** A counter that changes with every write (a cheap useSyncExternalStore snapshot). */
export function transactionsVersion(): number {
  return version
}
