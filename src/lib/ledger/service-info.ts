/** What the Account page needs to know about a provider's service (from the registry). */
import type { PricedService } from './spendable'

export interface ServiceInfo extends PricedService {
  provider: `0x${string}`
  model: string
  url: string
}

/** Indexes services by lower-case provider address. */
export function indexServices(services: readonly ServiceInfo[]): Map<string, ServiceInfo> {
  return new Map(services.map((s) => [s.provider.toLowerCase(), s]))
}
