/**
 * A tiny framework-free toast store. `showToast` from anywhere (e.g. the MutationCache); the
 * Toaster component subscribes. Neutral tone is for cancellations, never red (docs/house-style.md, Errors).
 */
export type ToastTone = 'neutral' | 'success' | 'error'

export interface Toast {
  id: number
  tone: ToastTone
  title: string
  detail?: string
}

type Listener = () => void

let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<Listener>()
const AUTO_DISMISS_MS = 6000

function emit(next: readonly Toast[]) {
  toasts = next
  for (const listener of listeners) listener()
}

/** Shows a toast that dismisses itself after a few seconds; returns its id. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++
  emit([...toasts, { ...toast, id }].slice(-4))
  setTimeout(() => dismissToast(id), AUTO_DISMISS_MS)
  return id
}

/** Removes a toast (no-op when it is already gone). */
export function dismissToast(id: number): void {
  if (toasts.some((t) => t.id === id)) emit(toasts.filter((t) => t.id !== id))
}

/** Subscribes to changes; returns the unsubscribe function (useSyncExternalStore shape). */
export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current toasts, oldest first (a stable array between changes). */
export function getToasts(): readonly Toast[] {
  return toasts
}
