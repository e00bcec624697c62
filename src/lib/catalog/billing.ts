/**
 * What each on-chain price of a service is billed per. Chat bills tokens; image services bill
 * `outputPrice` per image; speech-to-text bills tokens, or seconds of audio against `inputPrice`
 * when its `additionalInfo.priceDenomination` names seconds (duration billing).
 */
// Relative (not @/): bench/catalog-filter.bench.ts runs this through plain tsx, without the alias.
import { isImageService } from '../service-prices'

export type BillingUnit = 'token' | 'image' | 'second'

export interface Billing {
  /** Unit of `inputPrice`, or null when the input price is not used. */
  input: BillingUnit | null
  /** Unit of `outputPrice`, or null when the output price is not used. */
  output: BillingUnit | null
}

export interface BilledService {
  serviceType: string
  additionalInfo: string
}

/** True when a speech-to-text service bills audio seconds (`priceDenomination` mentions seconds). */
export function isDurationBilled(service: BilledService): boolean {
  if (service.serviceType !== 'speech-to-text') return false
  try {
    const info: unknown = JSON.parse(service.additionalInfo)
    const d = (info as { priceDenomination?: unknown } | null)?.priceDenomination
    return typeof d === 'string' && /second/i.test(d)
  } catch {
    return false
  }
}

/** The billing units of a service's two prices. */
export function billingOf(service: BilledService): Billing {
  if (isImageService(service.serviceType)) return { input: null, output: 'image' }
  if (isDurationBilled(service)) return { input: 'second', output: null }
  return { input: 'token', output: 'token' }
}
