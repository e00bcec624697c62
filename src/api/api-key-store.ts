/**
 * The local list of created API keys (id, label, created, expiry, generation; never the key),
 * per chain, wallet and provider in localStorage, with change listeners.
 */
import { parseEntryList, type ApiKeyEntry } from '@/lib/api-keys/api-key-entry'
import { cachedLocalStore } from './cached-local-store'

const store = cachedLocalStore<ApiKeyEntry[]>(parseEntryList, [])

const key = (chainId: number, user: string, provider: string) =>
  `0g-api-keys:v1:${chainId}:${user.toLowerCase()}:${provider.toLowerCase()}`

/** The stored keys, oldest first (a stable array between changes). */
export function listApiKeys(chainId: number, user: string, provider: string): ApiKeyEntry[] {
  return store.read(key(chainId, user, provider))
}

/** Appends a key record and notifies listeners. */
export function addApiKey(chainId: number, user: string, provider: string, entry: ApiKeyEntry) {
  store.write(key(chainId, user, provider), [...listApiKeys(chainId, user, provider), entry])
}

/** Subscribes to changes (useSyncExternalStore shape). */
export const subscribeApiKeys = store.subscribe
