import { useCallback, useEffect, useMemo, useState } from 'react'
import { saveSeen, seenBaseline } from '@/api/catalog-seen-store'
import { diffCatalog, toSeenMap } from '@/lib/catalog/changes'
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
  useEffect(() => {
    if (snapshot) saveSeen(snapshot.chainId, toSeenMap(snapshot.services))
  }, [snapshot])
  const changes = useMemo(
    () => (snapshot ? diffCatalog(seenBaseline(snapshot.chainId), snapshot.services) : null),
    // `version` re-reads the baseline after markAllSeen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, version],
  )
  const markAllSeen = useCallback(() => {
    if (!snapshot || chainId === undefined) return
    saveSeen(chainId, toSeenMap(snapshot.services), true)
    setVersion((v) => v + 1)
  }, [snapshot, chainId])
  return { changes, markAllSeen }
}
