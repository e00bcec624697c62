/**
 * Search, filters and sorts of the catalog as one pure function over the service list (benchmarked
 * in bench/catalog-filter.bench.ts), plus the reason an empty result is empty.
 */
import type { Ratio } from '@/lib/protocol/pricing'
import type { CatalogQuery, CatalogSort, SortDirection } from './catalog-query'
import type { FingerprintedService } from './changes'
import { billingOf, isImageService, typicalPrices, type TypicalPrices } from '../protocol/billing'

/**
 * The fields of a service the catalog filters and sorts on (`additionalInfo` holds the tiers,
 * `tieredPricing`, that the price sorts apply).
 */
export type CatalogService = Omit<FingerprintedService, 'updatedAt' | 'teeSignerAddress'>

type Filters = Pick<CatalogQuery, 'q' | 'types' | 'modes' | 'ack'>

/** Last use (ms since epoch) per lowercase provider address, for the "recently used" sort. */
export type RecentUse = ReadonlyMap<string, number>

function matchesSearch(s: CatalogService, needle: string): boolean {
  if (!needle) return true
  return (
    s.model.toLowerCase().includes(needle) ||
    s.provider.toLowerCase().includes(needle) ||
    s.url.toLowerCase().includes(needle)
  )
}

const cmpBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0)

// One shared collator: `localeCompare` with options builds a new one per call (10× slower sorts).
const collator = new Intl.Collator('en', { sensitivity: 'base' })

/** Exact comparison of two non-negative ratios (cross-multiplied, no division). */
const cmpRatio = (a: Ratio, b: Ratio): number => cmpBig(a.num * b.den, b.num * a.den)

// The typical prices per service object: parsing the tiers once, not once per comparison.
const typicalCache = new WeakMap<CatalogService, TypicalPrices>()

/**
 * What a typical request (`TYPICAL_REQUEST`) pays per unit, tiers applied: the prices the catalog
 * sorts by, so a 1-neuron base price multiplied ×10^15 on every request sorts as what it costs.
 */
export function typicalOf(s: CatalogService): TypicalPrices {
  let t = typicalCache.get(s)
  if (!t) {
    t = typicalPrices(s)
    typicalCache.set(s, t)
  }
  return t
}

/** The price a service is "cheap" by: per image for image services, else the input price. */
export function headlinePrice(s: CatalogService): Ratio {
  return isImageService(s.serviceType) ? typicalOf(s).output : typicalOf(s).input
}

/**
 * Cheapest first by the typical request's prices (headline price, then output, then input), then
 * the address for a stable order.
 */
export function byCheapest(a: CatalogService, b: CatalogService): number {
  return (
    cmpRatio(headlinePrice(a), headlinePrice(b)) ||
    cmpRatio(typicalOf(a).output, typicalOf(b).output) ||
    cmpRatio(typicalOf(a).input, typicalOf(b).input) ||
    (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0)
  )
}

type Cmp = (a: CatalogService, b: CatalogService) => number

/**
 * Orders by `key` (ascending, or descending with `desc`) where both services have it; a service
 * without it (`has` false: an image service has no input price, a never-used one no last use) goes
 * after those with it in both directions. Ties and the unkeyed fall back to `then`.
 */
function keyed(has: (s: CatalogService) => boolean, key: Cmp, desc: boolean, then: Cmp): Cmp {
  return (a, b) => {
    const ha = has(a)
    const hb = has(b)
    if (ha !== hb) return ha ? -1 : 1
    return (ha ? (desc ? key(b, a) : key(a, b)) : 0) || then(a, b)
  }
}

function comparator(sort: CatalogSort, dir: SortDirection, recent: RecentUse): Cmp {
  const desc = dir === 'desc'
  const name: Cmp = (a, b) => collator.compare(a.model, b.model) || byCheapest(a, b)
  const lastUse = (s: CatalogService) => recent.get(s.provider.toLowerCase())
  switch (sort) {
    case 'input':
      return keyed(
        (s) => billingOf(s).input !== null,
        (a, b) => cmpRatio(typicalOf(a).input, typicalOf(b).input),
        desc,
        name,
      )
    case 'output':
      return keyed(
        (s) => billingOf(s).output !== null,
        (a, b) => cmpRatio(typicalOf(a).output, typicalOf(b).output),
        desc,
        name,
      )
    case 'name':
      return desc ? (a, b) => collator.compare(b.model, a.model) || byCheapest(a, b) : name
    case 'recent':
      // Most recent first is the natural (ascending) order here.
      return keyed(
        (s) => lastUse(s) !== undefined,
        (a, b) => (lastUse(b) ?? 0) - (lastUse(a) ?? 0),
        desc,
        name,
      )
  }
}

interface SortedList {
  order: string
  recent: RecentUse
  sorted: readonly CatalogService[]
}
/** Whole lists already sorted, per list (a snapshot's array) and order; a few orders each. */
const sortedLists = new WeakMap<readonly CatalogService[], SortedList[]>()
const SORTED_ORDERS_KEPT = 4

/** The last lists sorted, to extend: a cold load's snapshots each add pages to the one before. */
const lastSorted: (SortedList & { source: readonly CatalogService[] })[] = []
const LAST_SORTED_KEPT = 4

/** True when `list` starts with every item of `prefix`, the same objects in the same order. */
function startsWith(list: readonly CatalogService[], prefix: readonly CatalogService[]): boolean {
  if (prefix.length > list.length) return false
  for (let i = 0; i < prefix.length; i++) if (list[i] !== prefix[i]) return false
  return true
}

/** Merges two sorted lists; on a tie `a`'s item first, as a stable sort of `a` then `b` would. */
function merge<T>(a: readonly T[], b: readonly T[], cmp: (x: T, y: T) => number): T[] {
  const out: T[] = new Array<T>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

/**
 * `services` in the given order, sorted once per list and order: a search keystroke then only
 * filters the sorted list (filtering keeps the order), where sorting 10 000 services by price
 * (exact ratios, cross-multiplied bigints) took most of a keystroke. The recent-use order also
 * depends on the `recent` map. A list that extends one sorted before (a cold load's next
 * snapshot: the same services, then more pages) sorts only the new part and merges it in, the
 * same order a full sort gives (the sort is stable and every comparator ends on the address).
 */
function sortedOnce<T extends CatalogService>(
  services: readonly T[],
  sort: CatalogSort,
  dir: SortDirection,
  recent: RecentUse,
): readonly T[] {
  const order = `${sort} ${dir}`
  let kept = sortedLists.get(services)
  if (!kept) {
    kept = []
    sortedLists.set(services, kept)
  }
  const same = (k: SortedList) => k.order === order && (sort !== 'recent' || k.recent === recent)
  const hit = kept.find(same)
  if (hit) return hit.sorted as readonly T[]
  const cmp = comparator(sort, dir, recent)
  let base: (typeof lastSorted)[number] | undefined
  for (const k of lastSorted)
    if (
      same(k) &&
      (!base || k.source.length > base.source.length) &&
      startsWith(services, k.source)
    )
      base = k
  const sorted: readonly CatalogService[] = base
    ? merge<CatalogService>(base.sorted, services.slice(base.source.length).sort(cmp), cmp)
    : [...services].sort(cmp)
  kept.push({ order, recent, sorted })
  if (kept.length > SORTED_ORDERS_KEPT) kept.shift()
  lastSorted.push({ order, recent, sorted, source: services })
  if (lastSorted.length > LAST_SORTED_KEPT) lastSorted.shift()
  return sorted as readonly T[]
}

/**
 * The services that pass every filter, in the chosen order and direction; services without the
 * sorted price (or, sorting by recent use, never used) come last either way. Never mutates
 * `services`; returns a new array.
 */
export function filterServices<T extends CatalogService>(
  services: readonly T[],
  query: Filters & { sort: CatalogSort; dir?: SortDirection },
  recent: RecentUse = new Map(),
): T[] {
  const needle = query.q.trim().toLowerCase()
  const types = query.types.length ? new Set(query.types) : null
  const modes = query.modes.length ? new Set(query.modes) : null
  return sortedOnce(services, query.sort, query.dir ?? 'asc', recent).filter(
    (s) =>
      (!types || types.has(s.serviceType)) &&
      (!modes || modes.has(s.verifiability)) &&
      (query.ack === 'any' || s.teeSignerAcknowledged === (query.ack === 'yes')) &&
      matchesSearch(s, needle),
  )
}

/** Why nothing is shown: the first filter (in search → type → mode → ack order) that empties the list. */
export function emptyReason(services: readonly CatalogService[], query: Filters): string {
  if (services.length === 0) return 'No services are registered on this network.'
  const needle = query.q.trim().toLowerCase()
  let left = services.filter((s) => matchesSearch(s, needle))
  if (left.length === 0) return `No service matches the search “${query.q.trim()}”.`
  const steps: [string, (s: CatalogService) => boolean, boolean][] = [
    [
      `type ${query.types.join(' or ')}`,
      (s) => query.types.includes(s.serviceType),
      query.types.length > 0,
    ],
    [
      `verification ${query.modes.join(' or ')}`,
      (s) => query.modes.includes(s.verifiability),
      query.modes.length > 0,
    ],
    [
      query.ack === 'yes' ? 'an acknowledged TEE signer' : 'an unacknowledged TEE signer',
      (s) => s.teeSignerAcknowledged === (query.ack === 'yes'),
      query.ack !== 'any',
    ],
  ]
  for (const [label, test, active] of steps) {
    if (!active) continue
    const next = left.filter(test)
    if (next.length === 0) {
      const n = left.length
      return `${n} ${n === 1 ? 'service matches' : 'services match'} so far, but none has ${label}.`
    }
    left = next
  }
  return 'No service matches these filters.'
}
