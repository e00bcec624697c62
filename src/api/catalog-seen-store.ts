/**
 * What the catalog looked like on the last visit, per chain (or, on a first visit, when this page
 * load first read it). The baseline is read once per page load, so change marks stay visible while
 * the user browses; each fresh snapshot is saved for the next visit.
 *
 * Kept in IndexedDB (`chain-cache-store.ts`), not localStorage: at 10 000 services the map is
 * ~2.4 million characters, and Chromium loads an origin's whole localStorage into the page on its
 * first access, which index.html's preview script makes before the first paint of a returning
 * visit (docs/performance.md). A map left in localStorage by an earlier version is moved over once.
 */
import { parseSeenMap, type SeenMap } from '@/lib/catalog/changes'
import { readChainCache, writeChainCache } from './chain-cache-store'
import { noteUnreadableRecords } from './storage-health'

const baselines = new Map<number, Promise<SeenMap | null>>()
const key = (chainId: number) => `0g-catalog-seen:v1:${chainId}`

/** The map an earlier version kept in localStorage (removed from there), or undefined. */
function takeLegacy(chainId: number): unknown {
  let raw: string | null
  try {
    raw = localStorage.getItem(key(chainId))
    if (raw !== null) localStorage.removeItem(key(chainId))
  } catch {
    return undefined
  }
  if (raw === null) return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    noteUnreadableRecords(key(chainId), 1)
    return undefined
  }
}

async function load(chainId: number): Promise<SeenMap | null> {
  const legacy = takeLegacy(chainId)
  const stored = (await readChainCache(key(chainId))) ?? legacy
  if (stored === undefined) return null
  // Storage is untrusted too: keep only well-formed entries, report the others.
  const { value, dropped } = parseSeenMap(stored)
  noteUnreadableRecords(key(chainId), dropped)
  if (legacy !== undefined && value) await writeChainCache(key(chainId), value)
  return value
}

/** The catalog as of the previous visit (null on a first visit). Stable for this page load. */
export function seenBaseline(chainId: number): Promise<SeenMap | null> {
  let baseline = baselines.get(chainId)
  if (!baseline) {
    baseline = load(chainId)
    baselines.set(chainId, baseline)
  }
  return baseline
}

/**
 * Stores `seen` for the next visit, once this page load's baseline has been read; with
 * `resetBaseline` it also becomes the baseline (the marks clear now).
 */
export async function saveSeen(
  chainId: number,
  seen: SeenMap,
  resetBaseline = false,
): Promise<void> {
  // On a first visit the first snapshot of this page load is the baseline for later refreshes.
  if (resetBaseline || (await seenBaseline(chainId)) === null)
    baselines.set(chainId, Promise.resolve(seen))
  // A failure (quota, private mode) is swallowed by the cache: marks only for this page load.
  await writeChainCache(key(chainId), seen)
}
