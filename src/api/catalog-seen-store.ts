/**
 * What the catalog looked like on the last visit, per chain (or, on a first visit, when this page
 * load first read it). The baseline is read once per page load, so change marks stay visible while
 * the user browses; each fresh snapshot is saved for the next visit.
 */
import { parseSeenMap, type SeenMap } from '@/lib/catalog/changes'
import { parseStoredJson } from '@/lib/stored-data'
import { noteStorageFailure, noteUnreadableRecords } from './storage-health'

const baselines = new Map<number, SeenMap | null>()
const key = (chainId: number) => `0g-catalog-seen:v1:${chainId}`

function load(chainId: number): SeenMap | null {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(key(chainId))
  } catch {
    return null
  }
  if (!raw) return null
  // Storage is untrusted too: keep only well-formed entries, report the others.
  const { value, dropped } = parseStoredJson(raw, parseSeenMap, null)
  noteUnreadableRecords(key(chainId), dropped)
  return value
}

/** The catalog as of the previous visit (null on a first visit). Stable for this page load. */
export function seenBaseline(chainId: number): SeenMap | null {
  if (!baselines.has(chainId)) baselines.set(chainId, load(chainId))
  return baselines.get(chainId) ?? null
}

/** Stores `seen` for the next visit; with `resetBaseline` it also clears the current marks. */
export function saveSeen(chainId: number, seen: SeenMap, resetBaseline = false): void {
  // On a first visit the first snapshot of this page load is the baseline for later refreshes.
  if (resetBaseline || seenBaseline(chainId) === null) baselines.set(chainId, seen)
  try {
    localStorage.setItem(key(chainId), JSON.stringify(seen))
  } catch {
    noteStorageFailure('localStorage')
    /* storage full or unavailable: marks only for this page load */
  }
}
