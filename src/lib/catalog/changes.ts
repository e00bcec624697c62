/**
 * "Changed or removed since your last visit": a compact fingerprint of every service as last seen,
 * and the difference to the current snapshot.
 */
import type { Address } from 'viem'
import { isAddressLike, isObj, isStr, type Parsed } from '@/lib/stored-data'

export interface SeenService {
  /** Every on-chain field that matters to a user, joined. */
  fp: string
  model: string
}

/** Last-seen state per lowercase provider address. */
export type SeenMap = Record<string, SeenService>

export interface FingerprintedService {
  provider: Address
  serviceType: string
  url: string
  model: string
  verifiability: string
  inputPrice: bigint
  outputPrice: bigint
  updatedAt: bigint
  additionalInfo: string
  teeSignerAddress: Address
  teeSignerAcknowledged: boolean
}

/** A string that differs whenever a user-relevant field of the service differs. */
export function fingerprint(s: FingerprintedService): string {
  return [
    s.updatedAt,
    s.serviceType,
    s.url,
    s.model,
    s.verifiability,
    s.inputPrice,
    s.outputPrice,
    s.teeSignerAddress.toLowerCase(),
    s.teeSignerAcknowledged ? 1 : 0,
    s.additionalInfo.length,
  ].join('|')
}

/** The seen-map of a snapshot (what to store for the next visit). */
export function toSeenMap(services: readonly FingerprintedService[]): SeenMap {
  const out: SeenMap = {}
  for (const s of services) addSeen(out, s)
  return out
}

const addSeen = (out: SeenMap, s: FingerprintedService) => {
  out[s.provider.toLowerCase()] = { fp: fingerprint(s), model: s.model }
}

export interface CatalogChanges {
  /** Lowercase providers whose service changed since the last visit. */
  changed: Set<string>
  /** Lowercase providers that are new since the last visit. */
  added: Set<string>
  /** Services seen last time that are gone now. */
  removed: { provider: string; model: string }[]
}

/**
 * The seen-map of a snapshot computed a slice of services at a time, awaiting `pause` between
 * slices, so 10 000 fingerprints do not hold the main thread in one task.
 */
export async function toSeenMapInSlices(
  services: readonly FingerprintedService[],
  pause: () => Promise<void>,
  slice = 500,
): Promise<SeenMap> {
  const out: SeenMap = {}
  for (let i = 0; i < services.length; i++) {
    if (i > 0 && i % slice === 0) await pause()
    addSeen(out, services[i]!)
  }
  return out
}

/** Differences between the last visit (`seen`, null on a first visit) and now (`toSeenMap`). */
export function diffSeen(seen: SeenMap | null, now: SeenMap): CatalogChanges {
  const changes: CatalogChanges = { changed: new Set(), added: new Set(), removed: [] }
  if (!seen) return changes
  for (const [key, { fp }] of Object.entries(now)) {
    const before = Object.hasOwn(seen, key) ? seen[key] : undefined
    if (!before) changes.added.add(key)
    else if (before.fp !== fp) changes.changed.add(key)
  }
  for (const [provider, { model }] of Object.entries(seen)) {
    if (!Object.hasOwn(now, provider)) changes.removed.push({ provider, model })
  }
  return changes
}

/** Most services a stored snapshot holds. */
export const MAX_SEEN_SERVICES = 10_000

/**
 * A stored snapshot (storage is untrusted): entries keyed by an address with a bounded fingerprint
 * and model are kept, the others counted; a value that is not an object is one unreadable record.
 */
export function parseSeenMap(json: unknown): Parsed<SeenMap | null> {
  if (!isObj(json)) return { value: null, dropped: 1 }
  const out: SeenMap = {}
  let dropped = 0
  for (const [k, v] of Object.entries(json).slice(0, MAX_SEEN_SERVICES)) {
    if (isAddressLike(k) && isObj(v) && isStr(v.fp, 100_000) && isStr(v.model, 1000))
      out[k.toLowerCase()] = { fp: v.fp, model: v.model }
    else dropped++
  }
  return { value: out, dropped }
}
