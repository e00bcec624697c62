import { useDeferredValue, useMemo, useRef } from 'react'
import { QueryError } from '@/components/feedback/query-error'
import { Card } from '@/components/ui/card'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useCatalogChanges } from '@/hooks/services/use-catalog-changes'
import { useCatalogQuery } from '@/hooks/services/use-catalog-query'
import { useFirstScreen } from '@/hooks/services/use-first-screen'
import { useSaveFirstScreenPreview } from '@/hooks/services/use-save-first-screen-preview'
import { useServices } from '@/hooks/services/use-services'
import { showsDefaultView } from '@/lib/catalog/catalog-query'
import { SERVICE_TYPES } from '@/lib/protocol/pricing'
import { TestId } from '@/lib/test-ids'
import { CatalogChangesNotice } from './catalog-changes-notice'
import { CatalogResults } from './catalog-results'
import { CatalogToolbar } from './catalog-toolbar'
import { ServiceTableSkeleton } from './service-table-skeleton'
import { ServicesSummary } from './services-summary'

const KNOWN_MODES = ['TeeML', 'TeeTLS', 'OpML', 'ZKML']

/** Known values plus short unknown ones found on chain (at most 10 options). */
function optionsFrom(known: readonly string[], found: Iterable<string>, selected: string[]) {
  const out = new Set([...known, ...selected])
  for (const v of found) if (out.size < 10 && v.length > 0 && v.length <= 32) out.add(v)
  return [...out]
}

/** The catalog: every service on the current network with search, filters, sorts and views. */
export function ServicesPanel() {
  const { data: loaded, error, isPending, isFetching, refetch } = useServices()
  const { chainId, chain, label, isDevnet } = useSupportedChain()
  const catalog = useCatalogQuery()
  const { query, update } = catalog
  // A returning visit: the first screen saved last time, until the saved catalog or the chain
  // answers (a failed read shows its error, not a list that claims to be loading).
  const firstScreen = useFirstScreen(chainId, isPending && showsDefaultView(query))
  const data = loaded ?? firstScreen ?? undefined
  // The search box echoes each key at once; the (possibly 10 000-row) result list follows at low
  // priority, and so does each new snapshot (a cold load streams 10 000 services in six steps):
  // a keystroke is never queued behind re-filtering a list that merely grew.
  const deferredQuery = useDeferredValue(query)
  const listed = useDeferredValue(data)
  const results = useRef<HTMLDivElement>(null)
  // Saved from the rows on screen: only once the list shows the snapshot read from chain.
  useSaveFirstScreenPreview(
    results,
    showsDefaultView(query) && listed === loaded ? loaded : undefined,
    chain?.name ?? label,
  )
  const { changes, markAllSeen } = useCatalogChanges(data)
  const services = data?.services
  const types = useMemo(
    () => optionsFrom(SERVICE_TYPES, new Set(services?.map((s) => s.serviceType)), query.types),
    [services, query.types],
  )
  const modes = useMemo(
    () => optionsFrom(KNOWN_MODES, new Set(services?.map((s) => s.verifiability)), query.modes),
    [services, query.modes],
  )

  return (
    <Card aria-labelledby="services-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border px-4 py-3">
        <h2 id="services-heading" className="font-semibold">
          Services
        </h2>
        {data ? (
          <ServicesSummary
            snapshot={data}
            isRefreshing={isFetching}
            onRefresh={() => void refetch()}
          />
        ) : null}
      </div>
      <CatalogToolbar catalog={catalog} types={types} modes={modes} />
      {changes ? <CatalogChangesNotice changes={changes} onMarkSeen={markAllSeen} /> : null}
      {!data && isPending ? (
        <ServiceTableSkeleton />
      ) : !data ? (
        <QueryError
          error={error}
          onRetry={() => void refetch()}
          isRetrying={isFetching}
          networkHint={
            isDevnet ? 'Is the local devnet running? Start it with `npm run devnet`.' : undefined
          }
          testId={TestId.ServicesError}
        />
      ) : (
        <div ref={results}>
          <CatalogResults
            // Another network's list is never shown under this one's header, not even for a frame.
            services={(listed?.chainId === data.chainId ? listed : data).services}
            query={deferredQuery}
            compare={query.compare}
            update={update}
            changes={changes}
          />
        </div>
      )}
    </Card>
  )
}
