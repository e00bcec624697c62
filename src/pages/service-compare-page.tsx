import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { EmptyState } from '@/components/feedback/empty-state'
import { QueryError } from '@/components/feedback/query-error'
import { CompareTable } from '@/components/services/compare-table'
import { Card } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { paths } from '@/config/paths'
import { parseCompareParam, useComparedServices } from '@/hooks/services/use-compared-services'

/** `/compare?p=a,b`: 2–4 services side by side. */
export function ServiceComparePage() {
  const [params] = useSearchParams()
  const providers = useMemo(() => parseCompareParam(params.get('p')), [params])
  const { found, missing, isPending, error, refetch, isFetching } = useComparedServices(providers)
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Compare services</h1>
      {isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : error && found.length === 0 ? (
        <QueryError error={error} onRetry={() => void refetch()} isRetrying={isFetching} />
      ) : found.length < 2 ? (
        <EmptyState title="Pick 2 to 4 services to compare">
          Select services with the Compare checkboxes in the{' '}
          <Link to={paths.marketplace} className="text-accent underline">
            catalog
          </Link>
          .
        </EmptyState>
      ) : (
        <Card className="p-2">
          <CompareTable services={found} />
        </Card>
      )}
      {missing.length ? (
        <p className="text-sm text-warning">
          {missing.length} selected {missing.length === 1 ? 'provider has' : 'providers have'} no
          service on this network.
        </p>
      ) : null}
    </div>
  )
}
