/**
 * Usage records in localStorage, one list per chain and wallet, newest last, capped so the browser
 * storage never fills up. Storage that is unavailable or full degrades to memory for this tab.
 */
import type { Address } from 'viem'
import { parseStoredJson } from '@/lib/stored-data'
import { MAX_USAGE_RECORDS, parseUsageRecords, type UsageRecord } from '@/lib/usage-record'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

const memory = new Map<string, UsageRecord[]>()
/** The last text read per key and its parsed records (parsing 5 000 records once, not per read). */
const parsed = new Map<string, { raw: string; list: UsageRecord[] }>()
const listeners = new Set<() => void>()

function key(chainId: number, user: Address): string {
  return `0g-usage:v1:${chainId}:${user.toLowerCase()}`
}

/** Stored records of `k`; malformed ones are skipped and reported (storage is untrusted). */
function read(k: string): UsageRecord[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(k)
  } catch {
    /* unavailable storage: fall back to memory */
  }
  if (!raw) return memory.get(k) ?? []
  const cached = parsed.get(k)
  if (cached?.raw === raw) return cached.list
  const { value, dropped } = parseStoredJson(raw, parseUsageRecords, [])
  noteUnreadableRecords(k, dropped)
  parsed.set(k, { raw, list: value })
  return value
}

/** All records of `user` on `chainId`, oldest first. */
export function listUsage(chainId: number, user: Address): UsageRecord[] {
  return read(key(chainId, user))
}

/** Appends a record (ignored when its id is already stored). Returns false if it could only be kept in memory. */
export function recordUsage(record: UsageRecord): boolean {
  const k = key(record.chainId, record.user)
  const list = read(k)
  if (list.some((r) => r.id === record.id)) return true
  const next = [...list, record].slice(-MAX_USAGE_RECORDS)
  memory.set(k, next)
  let persisted = true
  try {
    localStorage.setItem(k, JSON.stringify(next))
  } catch {
    noteStorageFailure('localStorage')
    persisted = false
  }
  for (const fn of listeners) fn()
  return persisted
}

/** Calls `fn` after every change made in this tab; returns the unsubscribe function. */
export function subscribeUsage(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}
