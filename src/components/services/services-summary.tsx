import type { ServicesSnapshot } from '@/hooks/services/all-services-query'
import { TestId } from '@/lib/test-ids'

interface ServicesSummaryProps {
  snapshot: ServicesSnapshot
  isRefreshing: boolean
}

/** "9 services · Read from chain at block 123", with a quiet note while refreshing. */
export function ServicesSummary({ snapshot, isRefreshing }: ServicesSummaryProps) {
  const count = snapshot.services.length
  return (
    <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
      <span data-testid={TestId.ServicesCount}>
        {count} {count === 1 ? 'service' : 'services'}
      </span>
      <span data-testid={TestId.ServicesBlock}>
        Read from chain at block {snapshot.blockNumber.toString()}
      </span>
      {isRefreshing ? (
        <span role="status" className="text-xs">
          Refreshing…
        </span>
      ) : null}
    </p>
  )
}
