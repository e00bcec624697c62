/**
 * A localStorage map of JSON values with an in-memory cache (stable values between changes, and
 * the only copy when storage is unavailable) and change listeners in the useSyncExternalStore
 * shape. Values are parsed leniently by `parse`: missing storage reads as `empty`; records `parse`
 * skips (and text that is not JSON) are reported as unreadable.
 */
import { parseStoredJson, type Parsed } from '@/lib/stored-data'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

export function cachedLocalStore<T>(parse: (json: unknown) => Parsed<T>, empty: T) {
  const memory = new Map<string, T>()
  const listeners = new Set<() => void>()
  return {
    read(key: string): T {
      const cached = memory.get(key)
      if (cached !== undefined) return cached
      let value = empty
      let raw: string | null = null
      try {
        raw = localStorage.getItem(key)
      } catch {
        /* unavailable storage: start empty */
      }
      if (raw) {
        const parsed = parseStoredJson(raw, parse, empty)
        value = parsed.value
        noteUnreadableRecords(key, parsed.dropped)
      }
      memory.set(key, value)
      return value
    },
    write(key: string, value: T): void {
      memory.set(key, value)
      try {
        localStorage.setItem(key, JSON.stringify(value))
      } catch {
        noteStorageFailure('localStorage')
        /* memory only for this tab */
      }
      for (const fn of listeners) fn()
    },
    subscribe(fn: () => void): () => void {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
  }
}
