import { useEffect, type RefObject } from 'react'
import { writeFirstScreenPreview } from '@/api/first-screen-store'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'
import { previewRowsOf, previewText } from '@/lib/catalog/first-screen-preview'
import { TestId } from '@/lib/test-ids'

/**
 * Saves the first rows of the services table under `container` for the next visit's preview,
 * each time a complete snapshot read from chain is shown in the default view (`shown`; undefined
 * otherwise). An empty catalog removes the preview.
 */
export function useSaveFirstScreenPreview(
  container: RefObject<HTMLElement | null>,
  shown: ServicesSnapshot | undefined,
  network: string,
): void {
  useEffect(() => {
    if (!shown?.complete || shown.fromCache) return
    // After the browser has painted this commit; the rows are the ones it painted.
    const timer = setTimeout(() => {
      const table = container.current?.querySelector('table')
      const rows = table ? previewRowsOf(table, `[data-testid="${TestId.ServiceRow}"]`) : []
      writeFirstScreenPreview(
        rows.length ? previewText({ network, block: shown.blockNumber.toString(), rows }) : null,
      )
    }, 0)
    return () => clearTimeout(timer)
  }, [container, shown, network])
}
