/**
 * A localStorage map of JSON values with an in-memory cache (stable values between changes, and
 * the only copy when storage is unavailable) and change listeners in the useSyncExternalStore
 * shape. Values are parsed leniently by `parse`: corrupt or missing storage reads as `empty`.
 */
import { noteStorageFailure } from './storage-health'

export function cachedLocalStore<T>(parse: (json: unknown) => T, empty: T) {
  const memory = new Map<string, T>()
  const listeners = new Set<() => void>()
  return {
    read(key: string): T {
      const cached = memory.get(key)
      if (cached !== undefined) return cached
      let value = empty
      try {
        const raw = localStorage.getItem(key)
        if (raw) value = parse(JSON.parse(raw))
      } catch {
        /* unavailable or corrupt storage: start empty */
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
