/**
 * Usage records in localStorage, one list per chain and wallet, newest last, capped so the browser
 * storage never fills up. Storage that is unavailable or full degrades to memory for this tab.
 */
import type { Address } from 'viem'
import type { UsageRecord } from '@/lib/usage-record'
import { noteStorageFailure } from './storage-health'

const MAX_RECORDS = 5000
const memory = new Map<string, UsageRecord[]>()
const listeners = new Set<() => void>()

function key(chainId: number, user: Address): string {
  return `0g-usage:v1:${chainId}:${user.toLowerCase()}`
}

function read(k: string): UsageRecord[] {
  try {
    const raw = localStorage.getItem(k)
    if (raw) return JSON.parse(raw) as UsageRecord[]
  } catch {
    /* unavailable storage or corrupt data: fall back to memory */
  }
  return memory.get(k) ?? []
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
  const next = [...list, record].slice(-MAX_RECORDS)
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
