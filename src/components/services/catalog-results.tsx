import { memo, useCallback, useMemo } from 'react'
import { EmptyState } from '@/components/feedback/empty-state'
import { Button } from '@/components/ui/button'
import { ExternalLink } from '@/components/ui/external-link'
import type { Service } from '@/contracts/service'
import { useMeasureHealth } from '@/hooks/services/use-measure-health'
import { useRecentUse } from '@/hooks/services/use-recent-use'
import type { CatalogChanges } from '@/lib/catalog/changes'
import { DEFAULT_QUERY, type CatalogQuery } from '@/lib/catalog/catalog-query'
import { emptyReason, filterServices } from '@/lib/catalog/filter-services'
import { groupByModel, pageOfGroups } from '@/lib/catalog/group-services'
import { sharedEndpoints } from '@/lib/catalog/lookalike'
import { TestId } from '@/lib/test-ids'
import { CatalogPager } from './catalog-pager'
import { CompareBar } from './compare-bar'
import { ZERO_G_COMPUTE_DOCS } from './first-run-guide'
import { ServiceTable } from './service-table'

/** Service rows per page (in the model view a large group continues on the next page). */
export const CATALOG_PAGE_SIZE = 50

interface CatalogResultsProps {
  services: readonly Service[]
  /** The view state the list follows (deferred while typing). */
  query: CatalogQuery
  /** The compare selection as of now (its checkboxes are controlled: never deferred). */
  compare: CatalogQuery['compare']
  update: (patch: Partial<CatalogQuery>) => void
  changes: CatalogChanges | null
}

/**
 * The filtered, sorted, paged catalog with its empty state, pager and compare bar. Memoized, and
 * its callbacks are stable, so the rows re-render only when the (deferred) query or data change.
 */
export const CatalogResults = memo(function CatalogResults({
  services,
  query,
  compare,
  update,
  changes,
}: CatalogResultsProps) {
  const recent = useRecentUse()
  const measure = useMeasureHealth()
  const filtered = useMemo(() => filterServices(services, query, recent), [services, query, recent])
  const byModel = query.view === 'model'
  const groups = useMemo(
    () => (byModel ? groupByModel(filtered) : [{ key: 'all', model: '', services: filtered }]),
    [byModel, filtered],
  )
  const paged = useMemo(
    () => pageOfGroups(groups, query.page, CATALOG_PAGE_SIZE),
    [groups, query.page],
  )
  const modelCount = `${groups.length} ${groups.length === 1 ? 'model' : 'models'}`
  const markOf = useCallback(
    (p: string) => {
      const k = p.toLowerCase()
      return changes?.added.has(k) ? 'new' : changes?.changed.has(k) ? 'changed' : undefined
    },
    [changes],
  )
  // Over the whole snapshot, not the filtered page: an impersonator may be filtered out.
  const shared = useMemo(() => sharedEndpoints(services), [services])
  const compared = useMemo(() => new Set(compare.map((p) => p.toLowerCase())), [compare])
  const onCompare = useCallback(
    (provider: Service['provider'], on: boolean) =>
      update({
        compare: on
          ? [...compare, provider].slice(0, 4)
          : compare.filter((p) => p.toLowerCase() !== provider.toLowerCase()),
      }),
    [compare, update],
  )

  if (filtered.length === 0) {
    return (
      <EmptyState title="Nothing to show" testId={TestId.ServicesEmpty}>
        <p>{emptyReason(services, query)}</p>
        {services.length === 0 ? (
          <p className="mt-1">
            Switch to another network in the top bar, or see how providers register a service in the{' '}
            <ExternalLink href={ZERO_G_COMPUTE_DOCS}>0G Compute docs</ExternalLink>.
          </p>
        ) : (
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            onClick={() => update({ ...DEFAULT_QUERY, view: query.view, compare })}
          >
            Clear search and filters
          </Button>
        )}
      </EmptyState>
    )
  }
  const visible = paged.items.flatMap((g) => g.services)
  return (
    <>
      <div className="flex items-center justify-between gap-3 px-4 pt-3 text-xs text-muted">
        <span>
          {filtered.length} of {services.length} services shown
          {byModel ? ` in ${modelCount}` : ''}
        </span>
        <Button
          variant="ghost"
          size="sm"
          disabled={measure.isPending}
          onClick={() => measure.mutate(visible.map((s) => ({ provider: s.provider, url: s.url })))}
        >
          {measure.isPending ? 'Measuring…' : 'Measure health of this page'}
        </Button>
      </div>
      <ServiceTable
        groups={paged.items}
        showGroupHeadings={byModel}
        markOf={markOf}
        shared={shared}
        compared={compared}
        onCompare={onCompare}
      />
      <CatalogPager
        page={paged.page}
        pages={paged.pages}
        total={filtered.length}
        noun={byModel ? `services in ${modelCount}` : 'services'}
        onPage={(page) => update({ page })}
      />
      <CompareBar selected={compare} onClear={() => update({ compare: [] })} />
    </>
  )
})
