import { lazy, Suspense } from 'react'
import type { ServiceInfo } from '@/lib/ledger/service-info'

const SettlementAuditCard = lazy(async () => ({
  default: (await import('./settlement-audit-card')).SettlementAuditCard,
}))

/** The settlement audit card, loaded after the rest of the Account page. */
export function LazySettlementAudit({ services }: { services: ReadonlyMap<string, ServiceInfo> }) {
  return (
    <Suspense fallback={null}>
      <SettlementAuditCard services={services} />
    </Suspense>
  )
}
