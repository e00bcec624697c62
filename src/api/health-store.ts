/**
 * Health samples per chain and provider in localStorage (memory fallback), with change listeners
 * so every view of a provider updates when a new sample arrives.
 */
import { addSample, parseSamples, type HealthSample } from '@/lib/catalog/health'
import { noteStorageFailure } from './storage-health'

const memory = new Map<string, HealthSample[]>()
const listeners = new Set<() => void>()
const EMPTY: HealthSample[] = []

const key = (chainId: number, provider: string) =>
  `0g-health:v1:${chainId}:${provider.toLowerCase()}`

/** Samples of one provider, oldest first (a stable array between changes). */
export function readHealth(chainId: number, provider: string): HealthSample[] {
  const k = key(chainId, provider)
  const cached = memory.get(k)
  if (cached) return cached
  let samples = EMPTY
  try {
    const raw = localStorage.getItem(k)
    if (raw) samples = parseSamples(JSON.parse(raw))
  } catch {
    /* unavailable or corrupt storage: start empty */
  }
  memory.set(k, samples)
  return samples
}

/** Adds a sample and notifies listeners. */
export function recordHealth(chainId: number, provider: string, sample: HealthSample): void {
  const k = key(chainId, provider)
  const next = addSample(readHealth(chainId, provider), sample)
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
export function subscribeHealth(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}
