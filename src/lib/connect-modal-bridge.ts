/**
 * RainbowKit (its provider, modal and button) is loaded lazily, after the first screen. Anything that
 * wants to open the connect modal before or after that goes through this tiny store, which the
 * lazily loaded wallet UI fills in once it is mounted.
 */
type Opener = (() => void) | undefined

let opener: Opener
const listeners = new Set<() => void>()

/** Called by the wallet UI when RainbowKit's `openConnectModal` changes (undefined while connected). */
export function setConnectModalOpener(next: Opener): void {
  if (next === opener) return
  opener = next
  for (const fn of listeners) fn()
}

/** The current opener, or undefined (RainbowKit not loaded yet, or a wallet is connected). */
export function getConnectModalOpener(): Opener {
  return opener
}

export function subscribeConnectModalOpener(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}
