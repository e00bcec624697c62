/**
 * Human price labels for a service's on-chain prices: neuron per token shown per 1M tokens,
 * neuron per image shown per image (image services bill `outputPrice` per image).
 */
import { pricePerImage, pricePerMillionTokens } from './format'
import { isImageService } from './protocol/billing'

/** Placeholder for a price that is not charged (zero). */
export const NO_PRICE = '–'

/** "3.2 0G / 1M tokens", "0.003 0G / image", or "–" for a zero price. Exact, no rounding. */
export function priceLabel(serviceType: string, price: bigint): string {
  if (price === 0n) return NO_PRICE
  if (isImageService(serviceType)) return `${pricePerImage(price)} 0G / image`
  return `${pricePerMillionTokens(price)} 0G / 1M tokens`
}
