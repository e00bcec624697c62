import { useMemo } from 'react'
import { useServices } from '@/hooks/services/use-services'
import { indexServices, type ServiceInfo } from '@/lib/ledger/service-info'

/**
 * The registered inference services as the Account page uses them (`list`, and `byProvider` keyed
 * by lower-case address), from the shared services query. Empty while loading.
 */
export function useLedgerServices() {
  const query = useServices()
  const list: ServiceInfo[] = useMemo(
    () =>
      (query.data?.services ?? []).map((s) => ({
        provider: s.provider,
        model: s.model,
        url: s.url,
        serviceType: s.serviceType,
        inputPrice: s.inputPrice,
        outputPrice: s.outputPrice,
        additionalInfo: s.additionalInfo,
      })),
    [query.data],
  )
  const byProvider = useMemo(() => indexServices(list), [list])
  return { list, byProvider, isPending: query.isPending, error: query.error }
}
