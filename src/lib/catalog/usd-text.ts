/**
 * USD prices as a USD-denominated provider states them (decimal strings per token in
 * `GET /v1/models` `pricing_usd`), shown per 1M tokens by exact decimal shifting: no floats and no
 * exchange rate; the app never converts USD to 0G itself.
 */

/** `value` (a plain decimal string) times 10^6, trimmed: "0.0000004" → "0.4". */
export function usdPerMillion(value: string): string | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value.trim())
  if (!m) return null
  const frac = (m[2] ?? '').padEnd(6, '0')
  const digits = `${m[1]}${frac.slice(0, 6)}`.replace(/^0+(?=\d)/, '')
  const rest = frac.slice(6).replace(/0+$/, '')
  return rest ? `${digits}.${rest}` : digits
}

/** "$0.4 / 1M tokens" for a USD-per-token decimal string; null when it is not one. */
export function usdPerMillionText(value: string): string | null {
  const v = usdPerMillion(value)
  return v === null ? null : `$${v} / 1M tokens`
}
