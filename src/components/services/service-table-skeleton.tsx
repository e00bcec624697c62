import { Skeleton } from '@/components/ui/skeleton'
import { TestId } from '@/lib/test-ids'

/** Loading placeholder shaped like the services table. */
export function ServiceTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-label="Loading services"
      data-testid={TestId.ServicesLoading}
      className="flex flex-col gap-3 p-4"
    >
      <Skeleton className="h-4 w-full" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-10 w-full" />
      ))}
    </div>
  )
}
