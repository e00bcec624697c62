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
