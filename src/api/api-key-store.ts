/**
 * The local list of created API keys (id, label, created, expiry, generation; never the key),
 * per chain, wallet and provider in localStorage, with change listeners.
 */
import { parseEntries, type ApiKeyEntry } from '@/lib/api-keys/api-key-entry'
import { noteStorageFailure } from './storage-health'

const memory = new Map<string, ApiKeyEntry[]>()
const listeners = new Set<() => void>()

const key = (chainId: number, user: string, provider: string) =>
  `0g-api-keys:v1:${chainId}:${user.toLowerCase()}:${provider.toLowerCase()}`

/** The stored keys, oldest first (a stable array between changes). */
export function listApiKeys(chainId: number, user: string, provider: string): ApiKeyEntry[] {
  const k = key(chainId, user, provider)
  const cached = memory.get(k)
  if (cached) return cached
  let list: ApiKeyEntry[] = []
  try {
    list = parseEntries(JSON.parse(localStorage.getItem(k) ?? '[]'))
  } catch {
    /* corrupt or unavailable storage: start empty */
  }
  memory.set(k, list)
  return list
}

/** Appends a key record and notifies listeners. */
export function addApiKey(chainId: number, user: string, provider: string, entry: ApiKeyEntry) {
  const k = key(chainId, user, provider)
  const next = [...listApiKeys(chainId, user, provider), entry]
  memory.set(k, next)
  try {
    localStorage.setItem(k, JSON.stringify(next))
  } catch {
    noteStorageFailure('localStorage')
    /* memory only for this tab */
  }
  for (const fn of listeners) fn()
}

/** Subscribes to changes (useSyncExternalStore shape). */
export function subscribeApiKeys(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}
