import { useCallback, useEffect, useMemo, useState } from 'react'
import type { CatalogChanges, SeenMap } from '@/lib/catalog/changes'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'

/** Lets the browser handle input and paint between slices of fingerprints. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The code behind the marks (fingerprints, the saved map, the comparison), loaded once the first
 * complete snapshot is shown: it is not needed for the first screen (budget: docs/performance.md).
 */
const loadWork = () =>
  Promise.all([import('@/lib/catalog/changes'), import('@/api/catalog-seen-store')]).then(
    ([changes, store]) => ({ ...changes, ...store }),
  )
type Work = Awaited<ReturnType<typeof loadWork>>

/**
 * Services changed, added or removed since the user's last visit on this chain. Every complete
 * snapshot is saved for the next visit; `markAllSeen` clears the marks now. The fingerprints of a
 * snapshot are computed once, in slices (10 000 services held the main thread ~250 ms under ×4
 * throttling in one task), then both saved and compared with the last visit's.
 */
export function useCatalogChanges(shown: ServicesSnapshot | undefined): {
  changes: CatalogChanges | null
  markAllSeen: () => void
} {
  // A partial list (a cold load still reading pages) would read as services removed; a copy saved
  // in this browser is what the last visit saw (its changes were marked then): fresh reads only.
  const snapshot = shown?.complete && !shown.fromCache ? shown : undefined
  const chainId = snapshot?.chainId
  const [work, setWork] = useState<Work>()
  const [current, setCurrent] = useState<{ snapshot: ServicesSnapshot; seen: SeenMap }>()
  const [baseline, setBaseline] = useState<{ chainId: number; seen: SeenMap | null }>()
  const wanted = snapshot !== undefined
  useEffect(() => {
    if (!wanted || work) return
    let live = true
    // Should the chunk fail to load, there are no marks this visit; the catalog is unaffected.
    loadWork().then(
      (w) => live && setWork(w),
      () => {},
    )
    return () => {
      live = false
    }
  }, [wanted, work])
  useEffect(() => {
    if (!snapshot || !work) return
    let live = true
    void work.toSeenMapInSlices(snapshot.services, nextTask).then((seen) => {
      if (!live) return
      setCurrent({ snapshot, seen })
      void work.saveSeen(snapshot.chainId, seen)
    })
    return () => {
      live = false
    }
  }, [snapshot, work])
  useEffect(() => {
    if (chainId === undefined || !work) return
    let live = true
    // Read again for each snapshot: on a first visit the first snapshot becomes the baseline.
    void work.seenBaseline(chainId).then((seen) => {
      if (live) setBaseline({ chainId, seen })
    })
    return () => {
      live = false
    }
  }, [chainId, work, current])
  const changes = useMemo(
    () =>
      work && snapshot && current?.snapshot === snapshot && baseline?.chainId === snapshot.chainId
        ? work.diffSeen(baseline.seen, current.seen)
        : null,
    [work, snapshot, current, baseline],
  )
  const markAllSeen = useCallback(() => {
    if (!snapshot || chainId === undefined || !work) return
    const seen = current?.snapshot === snapshot ? current.seen : work.toSeenMap(snapshot.services)
    void work.saveSeen(chainId, seen, true)
    setBaseline({ chainId, seen })
  }, [snapshot, chainId, current, work])
  return { changes, markAllSeen }
}
