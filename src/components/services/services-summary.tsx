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

/** "9 services · Read from chain at block 123, 14:05" with a refresh button. */
export function ServicesSummary({ snapshot, isRefreshing, onRefresh }: ServicesSummaryProps) {
  const count = snapshot.services.length
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <span data-testid={TestId.ServicesCount}>
        {count} {count === 1 ? 'service' : 'services'}
      </span>
      <span data-testid={TestId.ServicesBlock}>
        Read from chain at block {snapshot.blockNumber.toString()}, {timeOf(snapshot.readAt)}
      </span>
      <Button variant="secondary" size="sm" onClick={onRefresh} disabled={isRefreshing}>
        {isRefreshing ? 'Refreshing…' : 'Refresh'}
      </Button>
    </div>
  )
}
