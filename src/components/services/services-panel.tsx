import { EmptyState } from '@/components/feedback/empty-state'
import { QueryError } from '@/components/feedback/query-error'
import { Card } from '@/components/ui/card'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useServices } from '@/hooks/services/use-services'
import { TestId } from '@/lib/test-ids'
import { ServiceTable } from './service-table'
import { ServiceTableSkeleton } from './service-table-skeleton'
import { ServicesSummary } from './services-summary'

/** Every service on the current network: loading, error (with retry), empty, or the table. */
export function ServicesPanel() {
  const { data, error, isPending, isFetching, refetch } = useServices()
  const { isDevnet } = useSupportedChain()

  return (
    <Card aria-labelledby="services-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border px-4 py-3">
        <h2 id="services-heading" className="font-semibold">
          Services
        </h2>
        {data ? <ServicesSummary snapshot={data} isRefreshing={isFetching} /> : null}
      </div>
      {isPending ? (
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
      ) : data.services.length === 0 ? (
        <EmptyState title="No services on this network yet" testId={TestId.ServicesEmpty}>
          Providers appear here as soon as they register a service on chain.
        </EmptyState>
      ) : (
        <ServiceTable services={data.services} />
      )}
    </Card>
  )
}
