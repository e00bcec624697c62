import { useCallback, useEffect, useMemo, useState } from 'react'
import { saveSeen, seenBaseline } from '@/api/catalog-seen-store'
import { diffSeen, toSeenMap, toSeenMapInSlices, type SeenMap } from '@/lib/catalog/changes'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'

/** Lets the browser handle input and paint between slices of fingerprints. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Services changed, added or removed since the user's last visit on this chain. Every complete
 * snapshot is saved for the next visit; `markAllSeen` clears the marks now. The fingerprints of a
 * snapshot are computed once, in slices (10 000 services held the main thread ~250 ms under ×4
 * throttling in one task), then both saved and compared with the last visit's.
 */
export function useCatalogChanges(shown: ServicesSnapshot | undefined) {
  // A partial list (a cold load still reading pages) would read as services removed; a copy saved
  // in this browser is what the last visit saw (its changes were marked then): fresh reads only.
  const snapshot = shown?.complete && !shown.fromCache ? shown : undefined
  const chainId = snapshot?.chainId
  const [version, setVersion] = useState(0)
  const [current, setCurrent] = useState<{ snapshot: ServicesSnapshot; seen: SeenMap }>()
  const [baseline, setBaseline] = useState<{ chainId: number; seen: SeenMap | null }>()
  useEffect(() => {
    if (!snapshot) return
    let live = true
    void toSeenMapInSlices(snapshot.services, nextTask).then((seen) => {
      if (!live) return
      setCurrent({ snapshot, seen })
      void saveSeen(snapshot.chainId, seen)
    })
    return () => {
      live = false
    }
  }, [snapshot])
  useEffect(() => {
    if (chainId === undefined) return
    let live = true
    // Read again for each snapshot: on a first visit the first snapshot becomes the baseline.
    void seenBaseline(chainId).then((seen) => {
      if (live) setBaseline({ chainId, seen })
    })
    return () => {
      live = false
    }
  }, [chainId, current, version])
  const changes = useMemo(
    () =>
      snapshot && current?.snapshot === snapshot && baseline?.chainId === snapshot.chainId
        ? diffSeen(baseline.seen, current.seen)
        : null,
    [snapshot, current, baseline],
  )
  const markAllSeen = useCallback(() => {
    if (!snapshot || chainId === undefined) return
    const seen = current?.snapshot === snapshot ? current.seen : toSeenMap(snapshot.services)
    // The new baseline is set at once (before saveSeen's first await); `version` re-reads it.
    void saveSeen(chainId, seen, true)
    setVersion((v) => v + 1)
  }, [snapshot, chainId, current])
  return { changes, markAllSeen }
}
