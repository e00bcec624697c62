/**
 * Health samples per chain and provider in localStorage (memory fallback), with change listeners
 * so every view of a provider updates when a new sample arrives.
 */
import { addSample, parseSampleList, type HealthSample } from '@/lib/catalog/health'
import { cachedLocalStore } from './cached-local-store'

const store = cachedLocalStore<HealthSample[]>(parseSampleList, [])

const key = (chainId: number, provider: string) =>
  `0g-health:v1:${chainId}:${provider.toLowerCase()}`

/** Samples of one provider, oldest first (a stable array between changes). */
export function readHealth(chainId: number, provider: string): HealthSample[] {
  return store.read(key(chainId, provider))
}

/** Adds a sample and notifies listeners. */
export function recordHealth(chainId: number, provider: string, sample: HealthSample): void {
  store.write(key(chainId, provider), addSample(readHealth(chainId, provider), sample))
}

/** Subscribes to changes (useSyncExternalStore shape). */
export const subscribeHealth = store.subscribe
