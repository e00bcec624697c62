/**
 * Services that impersonate others: anyone can register a service with another provider's URL,
 * model and prices (and a lookalike name, see `nameFlag`), so the UI marks services whose endpoint
 * is shared with another provider and always names the provider next to the model.
 */
import { shortAddress } from '@/lib/format'
import { capText, nameFlag } from '@/lib/untrusted-text'

/**
 * The endpoint a URL reaches, for comparison: host (lower-case, default port dropped) + path
 * without trailing slashes + query; scheme, credentials and fragment are ignored
 * (`https://user@A/v1/` and `http://a/v1` are the same endpoint). Not a URL: the trimmed,
 * lower-cased text.
 */
export function endpointKey(url: string): string {
  let key = endpointKeys.get(url)
  if (key === undefined) {
    key = parseEndpointKey(url)
    // Bounded: a registry of hostile length cannot grow it without limit.
    if (endpointKeys.size >= ENDPOINT_KEYS_MAX) endpointKeys.clear()
    endpointKeys.set(url, key)
  }
  return key
}

/**
 * Keys already parsed, by URL: `sharedEndpoints` runs over the whole catalog each time it changes
 * (a cold load at 10 000 services streams it in six steps), and `new URL()` was most of its cost.
 */
const endpointKeys = new Map<string, string>()
const ENDPOINT_KEYS_MAX = 20_000

function parseEndpointKey(url: string): string {
  try {
    const u = new URL(url.trim())
    return `${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`
  } catch {
    return url.trim().toLowerCase()
  }
}

/**
 * For each service (by lower-case provider address), the other providers that registered the same
 * endpoint. Services without a shared endpoint are absent. Empty URLs are not compared.
 */
export function sharedEndpoints(
  services: readonly { provider: string; url: string }[],
): Map<string, string[]> {
  const byKey = new Map<string, string[]>()
  for (const s of services) {
    if (!s.url.trim()) continue
    const key = endpointKey(s.url)
    const list = byKey.get(key)
    if (!list) byKey.set(key, [s.provider])
    else if (!list.some((p) => p.toLowerCase() === s.provider.toLowerCase())) list.push(s.provider)
  }
  const out = new Map<string, string[]>()
  for (const list of byKey.values()) {
    if (list.length < 2) continue
    for (const p of list)
      out.set(
        p.toLowerCase(),
        list.filter((o) => o !== p),
      )
  }
  return out
}

/** "same URL as 0x1234…abcd" (two addresses at most, then "+N"), or undefined for none. */
export function sameUrlText(others: readonly string[] | undefined): string | undefined {
  if (!others?.length) return undefined
  const named = others.slice(0, 2).map((p) => shortAddress(p))
  const more = others.length > 2 ? ` +${others.length - 2}` : ''
  return `same URL as ${named.join(', ')}${more}`
}

/** Cap for a model name inside a `<select>` option (a select is as wide as its widest option). */
export const OPTION_MODEL_MAX = 60

/**
 * One line for a service in a `<select>`, where no badge fits: capped model, a "non-ASCII name"
 * mark, the given details, the provider's short address and "same URL as …" when shared.
 */
export function serviceOptionLabel(
  service: { provider: string; model: string },
  details: readonly string[],
  sameUrlAs: readonly string[] = [],
): string {
  const parts = [
    `${capText(service.model, OPTION_MODEL_MAX) || '(no model name)'}${nameFlag(service.model) ? ' ⚠ non-ASCII name' : ''}`,
    ...details.map((d) => capText(d, 30)),
    shortAddress(service.provider),
  ]
  const same = sameUrlText(sameUrlAs)
  if (same) parts.push(`⚠ ${same}`)
  return parts.join(' · ')
}
