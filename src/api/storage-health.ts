/**
 * What this tab could not store: browser storage that is unavailable (private mode, disabled) or
 * full. Stores report failures here and keep working from memory; the app shell shows a notice.
 */

export type StorageArea = 'localStorage' | 'indexedDB'

const failed = new Set<StorageArea>()
const listeners = new Set<() => void>()
let snapshot = ''

/** Records that `area` refused a read or write (idempotent). */
export function noteStorageFailure(area: StorageArea): void {
  if (failed.has(area)) return
  failed.add(area)
  snapshot = [...failed].sort().join(',')
  for (const fn of listeners) fn()
}

/** The failed areas, comma-separated and sorted ('' when all is well): a stable snapshot. */
export function storageFailures(): string {
  return snapshot
}

/** Subscribes to changes (useSyncExternalStore shape). */
export function subscribeStorageHealth(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** Tries a write to localStorage once at start-up, so private mode is noticed before data is lost. */
export function probeLocalStorage(): void {
  const k = '0g-probe'
  try {
    localStorage.setItem(k, '1')
    localStorage.removeItem(k)
  } catch {
    noteStorageFailure('localStorage')
  }
}

/** Unreadable stored records skipped on read, per storage key or database store. */
const unreadable = new Map<string, number>()
let unreadableTotal = 0
let notifyQueued = false

/**
 * Records that reading `source` (a storage key, or `indexedDB:<store>`) skipped `count` malformed
 * records; 0 when it read cleanly (after a rewrite dropped them). Idempotent per source. Readers
 * run during render, so listeners are told after the current task, never synchronously.
 */
export function noteUnreadableRecords(source: string, count: number): void {
  if ((unreadable.get(source) ?? 0) === count) return
  if (count === 0) unreadable.delete(source)
  else unreadable.set(source, count)
  unreadableTotal = [...unreadable.values()].reduce((a, b) => a + b, 0)
  if (notifyQueued) return
  notifyQueued = true
  queueMicrotask(() => {
    notifyQueued = false
    for (const fn of listeners) fn()
  })
}

/** How many stored records were unreadable and skipped in this tab (a stable snapshot). */
export function unreadableRecordCount(): number {
  return unreadableTotal
}
