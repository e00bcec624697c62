import { useMemo } from 'react'
import { isAddress } from 'viem'
import { useServices } from './use-services'

/** Parses `p=addr,addr` (2–4 provider addresses); anything else is dropped. */
export function parseCompareParam(value: string | null): string[] {
  const seen = new Set<string>()
  for (const part of (value ?? '').split(',')) {
    const a = part.trim()
    if (isAddress(a, { strict: false })) seen.add(a.toLowerCase())
  }
  return [...seen].slice(0, 4)
}

/**
 * The services of the given providers (in the given order) from the network snapshot, plus the
 * providers that have no service. Returns the services query's state alongside.
 */
export function useComparedServices(providers: readonly string[]) {
  const query = useServices()
  const services = query.data?.services
  const result = useMemo(() => {
    const byProvider = new Map(services?.map((s) => [s.provider.toLowerCase(), s]))
    const found = providers.flatMap((p) => byProvider.get(p) ?? [])
    const missing = providers.filter((p) => !byProvider.has(p))
    return { found, missing }
  }, [services, providers])
  return { ...query, ...result }
}
