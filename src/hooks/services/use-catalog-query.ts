import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseCatalogQuery, toSearchParams, type CatalogQuery } from '@/lib/catalog/catalog-query'

/**
 * The catalog view state, kept in the URL (so reloads and shared links show the same view).
 * `update` merges a patch; any change other than the page itself goes back to page 1.
 */
export function useCatalogQuery() {
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => parseCatalogQuery(params), [params])
  const update = useCallback(
    (patch: Partial<CatalogQuery>, opts: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const current = parseCatalogQuery(prev)
          const next = { ...current, ...patch }
          if (!('page' in patch) && !('compare' in patch)) next.page = 1
          return toSearchParams(next)
        },
        // Synchronous, so controlled inputs (search box, checkboxes) never lag behind the URL.
        { replace: opts.replace ?? false, flushSync: true },
      )
    },
    [setParams],
  )
  return { query, update }
}
