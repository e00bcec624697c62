import { Button } from '@/components/ui/button'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'
import { TestId } from '@/lib/test-ids'

interface ServicesSummaryProps {
  snapshot: ServicesSnapshot
  isRefreshing: boolean
  onRefresh: () => void
}

const timeOf = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false })

/**
 * "9 services · Read from chain at block 123, 14:05" with a refresh button; while a cold load
 * streams pages in, "50 of 10 000 services"; a copy saved in this browser says so until the fresh
 * one arrives.
 */
export function ServicesSummary({ snapshot, isRefreshing, onRefresh }: ServicesSummaryProps) {
  const count = snapshot.services.length
  const block = snapshot.blockNumber.toString()
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <span data-testid={TestId.ServicesCount} role={snapshot.complete ? undefined : 'status'}>
        {snapshot.complete
          ? `${count} ${count === 1 ? 'service' : 'services'}`
          : `${count} of ${snapshot.expected} services, reading the rest…`}
      </span>
      <span data-testid={TestId.ServicesBlock} data-source={snapshot.fromCache ? 'saved' : 'chain'}>
        {snapshot.fromCache
          ? `Saved in this browser, as of block ${block}, ${timeOf(snapshot.readAt)}`
          : `Read from chain at block ${block}, ${timeOf(snapshot.readAt)}`}
      </span>
      <Button variant="secondary" size="sm" onClick={onRefresh} disabled={isRefreshing}>
        {isRefreshing ? 'Refreshing…' : 'Refresh'}
      </Button>
    </div>
  )
}
