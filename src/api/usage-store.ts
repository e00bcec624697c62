/**
 * Usage records in localStorage, one list per chain and wallet, newest last, capped so the browser
 * storage never fills up. Storage that is unavailable or full degrades to memory for this tab.
 */
import type { Address } from 'viem'
import { MAX_USAGE_RECORDS, parseUsageRecords, type UsageRecord } from '@/lib/usage-record'
import { recordListStore } from './record-list-store'

const store = recordListStore(parseUsageRecords)

function key(chainId: number, user: Address): string {
  return `0g-usage:v1:${chainId}:${user.toLowerCase()}`
}

/** All records of `user` on `chainId`, oldest first. */
export function listUsage(chainId: number, user: Address): UsageRecord[] {
  return store.read(key(chainId, user))
}

/** Appends a record (ignored when its id is already stored). Returns false if it could only be kept in memory. */
export function recordUsage(record: UsageRecord): boolean {
  const k = key(record.chainId, record.user)
  const list = store.read(k)
  if (list.some((r) => r.id === record.id)) return true
  return store.write(k, [...list, record].slice(-MAX_USAGE_RECORDS))
}

/** Calls `fn` after every change made in this tab; returns the unsubscribe function. */
export function subscribeUsage(fn: () => void): () => void {
  return store.subscribe(fn)
}
