import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { parseCatalogQuery, toSearchParams, type CatalogQuery } from '@/lib/catalog/catalog-query'

/** How long typing must pause before the search text is written to the URL. */
export const SEARCH_URL_DELAY_MS = 300

type Update = (patch: Partial<CatalogQuery>, opts?: { replace?: boolean }) => void

/**
 * The catalog view state, kept in the URL (so reloads and shared links show the same view).
 * `update` merges a patch; any change other than the page itself goes back to page 1.
 *
 * The search text is the exception while typing: `setSearch` shows it at once (`query.q`, page 1)
 * and writes it to the URL only when typing pauses (or on `flushSearch`, or with the next
 * `update`), so a keystroke re-renders the catalog, not the whole routed app.
 * A URL change from elsewhere (back/forward, a link, "Clear") replaces the text.
 */
export function useCatalogQuery() {
  const [params, setParams] = useSearchParams()
  const urlQuery = useMemo(() => parseCatalogQuery(params), [params])
  const [search, setSearchState] = useState({ text: urlQuery.q, urlQ: urlQuery.q })
  let text = search.text
  if (search.urlQ !== urlQuery.q) {
    // The URL's text changed (our own write, or navigation): the box shows the URL's text.
    text = urlQuery.q
    setSearchState({ text, urlQ: urlQuery.q })
  }
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null)

  const update = useCallback<Update>(
    (patch, opts = {}) => {
      const typed = pending.current?.text
      if (pending.current) clearTimeout(pending.current.timer)
      pending.current = null
      setParams(
        (prev) => {
          const current = parseCatalogQuery(prev)
          const next = { ...current, ...(typed === undefined ? {} : { q: typed }), ...patch }
          if (!('page' in patch) && !('compare' in patch)) next.page = 1
          return toSearchParams(next)
        },
        // Synchronous, so controlled inputs (checkboxes, selects) never lag behind the URL.
        { replace: opts.replace ?? false, flushSync: true },
      )
    },
    [setParams],
  )

  const flushSearch = useCallback(() => {
    if (pending.current) update({ q: pending.current.text }, { replace: true })
  }, [update])

  const setSearch = useCallback(
    (next: string) => {
      setSearchState((s) => ({ ...s, text: next }))
      if (pending.current) clearTimeout(pending.current.timer)
      pending.current = {
        text: next,
        timer: setTimeout(() => update({ q: next }, { replace: true }), SEARCH_URL_DELAY_MS),
      }
    },
    [update],
  )

  // A text that was never written is dropped with the page (the URL already moved on).
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer)
    },
    [],
  )
  // Navigation changed the URL's text while typing was pending: the URL wins.
  useEffect(() => {
    if (pending.current && pending.current.text !== urlQuery.q) {
      clearTimeout(pending.current.timer)
      pending.current = null
    }
  }, [urlQuery.q])

  const query = useMemo(
    () => (text === urlQuery.q ? urlQuery : { ...urlQuery, q: text, page: 1 }),
    [text, urlQuery],
  )
  return { query, update, setSearch, flushSearch }
}
