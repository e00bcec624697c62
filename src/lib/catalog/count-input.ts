/** Counts typed by the user in the cost estimator (tokens, images, seconds). */

/** Parses a whole non-negative count typed by the user ("1,000" allowed); null when invalid. */
export function parseCount(text: string, max = 10n ** 12n): bigint | null {
  const clean = text.replace(/[,_\s]/g, '')
  if (!/^\d{1,15}$/.test(clean)) return null
  const n = BigInt(clean)
  return n <= max ? n : null
}
