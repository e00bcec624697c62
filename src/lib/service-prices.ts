/**
 * Human price labels for a service's on-chain prices: neuron per token shown per 1M tokens,
 * neuron per image shown per image (image services bill `outputPrice` per image).
 */
import { pricePerImage, pricePerMillionTokens } from './format'

/** Placeholder for a price that is not charged (zero). */
export const NO_PRICE = '–'

const IMAGE_TYPES = new Set(['text-to-image', 'image-editing'])

/** True for services that bill per image rather than per token. */
export function isImageService(serviceType: string): boolean {
  return IMAGE_TYPES.has(serviceType)
}

/** "3.2 0G / 1M tokens", "0.003 0G / image", or "–" for a zero price. Exact, no rounding. */
export function priceLabel(serviceType: string, price: bigint): string {
  if (price === 0n) return NO_PRICE
  if (isImageService(serviceType)) return `${pricePerImage(price)} 0G / image`
  return `${pricePerMillionTokens(price)} 0G / 1M tokens`
}
