/**
 * A capped list of records per localStorage key (the transaction log, the usage records): read
 * back through `parse` on every call, since another tab may have written, with the parse of the
 * last text read kept per key (parsing thousands of records once, not per render); malformed
 * records are skipped and reported (storage is untrusted). Storage that is unavailable or full
 * degrades to memory for this tab. Listeners hear every write made in this tab.
 */
import { parseStoredJson, type Parsed } from '@/lib/stored-data'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

export function recordListStore<T>(parse: (json: unknown) => Parsed<T[]>) {
  const memory = new Map<string, T[]>()
  /** The last text read per key and its parsed records. */
  const parsed = new Map<string, { raw: string; list: T[] }>()
  const listeners = new Set<() => void>()
  return {
    /** Stored records of `key`, oldest first. */
    read(key: string): T[] {
      let raw: string | null = null
      try {
        raw = localStorage.getItem(key)
      } catch {
        /* unavailable storage: fall back to memory */
      }
      if (!raw) return memory.get(key) ?? []
      const cached = parsed.get(key)
      if (cached?.raw === raw) return cached.list
      const { value, dropped } = parseStoredJson(raw, parse, [])
      noteUnreadableRecords(key, dropped)
      parsed.set(key, { raw, list: value })
      return value
    },
    /** Stores `list` under `key`; false when it could only be kept in memory for this tab. */
    write(key: string, list: T[]): boolean {
      memory.set(key, list)
      let persisted = true
      try {
        localStorage.setItem(key, JSON.stringify(list))
      } catch {
        noteStorageFailure('localStorage')
        persisted = false
      }
      for (const fn of listeners) fn()
      return persisted
    },
    /** Calls `fn` after every write made in this tab; returns the unsubscribe function. */
    subscribe(fn: () => void): () => void {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
  }
}
