import { useCallback, useEffect, useMemo, useState } from 'react'
import { saveSeen, seenBaseline } from '@/api/catalog-seen-store'
import { diffCatalog, toSeenMap, type SeenMap } from '@/lib/catalog/changes'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'

/**
 * Services changed, added or removed since the user's last visit on this chain. Every complete
 * snapshot is saved for the next visit; `markAllSeen` clears the marks now.
 */
export function useCatalogChanges(shown: ServicesSnapshot | undefined) {
  // A partial list (a cold load still reading pages) would read as services removed; a copy saved
  // in this browser is what the last visit saw (its changes were marked then): fresh reads only.
  const snapshot = shown?.complete && !shown.fromCache ? shown : undefined
  const chainId = snapshot?.chainId
  const [version, setVersion] = useState(0)
  const [baseline, setBaseline] = useState<{ chainId: number; seen: SeenMap | null }>()
  useEffect(() => {
    if (snapshot) void saveSeen(snapshot.chainId, toSeenMap(snapshot.services))
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
  }, [chainId, snapshot, version])
  const changes = useMemo(
    () =>
      snapshot && baseline?.chainId === snapshot.chainId
        ? diffCatalog(baseline.seen, snapshot.services)
        : null,
    [snapshot, baseline],
  )
  const markAllSeen = useCallback(() => {
    if (!snapshot || chainId === undefined) return
    // The new baseline is set at once (before saveSeen's first await); `version` re-reads it.
    void saveSeen(chainId, toSeenMap(snapshot.services), true)
    setVersion((v) => v + 1)
  }, [snapshot, chainId])
  return { changes, markAllSeen }
}
