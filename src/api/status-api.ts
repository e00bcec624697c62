/**
 * The 0G public status API (health of providers as seen by 0G), only for Mainnet and Testnet. Its
 * shape is not documented, so it is read leniently: entries that name a provider address.
 */
const STATUS_URLS: Record<number, string> = {
  16661: 'https://compute-status.0g.ai/health',
  16602: 'https://compute-status-testnet.0g.ai/health',
}

/** The status API URL for a chain, or undefined (devnet: no third-party calls). */
export function statusApiUrl(chainId: number): string | undefined {
  return STATUS_URLS[chainId]
}

/** Per lowercase provider address, a short status text taken from the API's answer. */
export type StatusByProvider = Record<string, string>

function collect(node: unknown, out: StatusByProvider, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 5000)) collect(item, out, depth + 1)
    return
  }
  const o = node as Record<string, unknown>
  const addr = [o.provider, o.address, o.providerAddress].find(
    (v): v is string => typeof v === 'string' && /^0x[0-9a-fA-F]{40}$/.test(v),
  )
  if (addr) {
    const status = [o.status, o.health, o.healthy, o.uptime].find((v) => v !== undefined)
    out[addr.toLowerCase()] = String(status ?? 'listed').slice(0, 40)
  }
  for (const v of Object.values(o)) collect(v, out, depth + 1)
}

/** Fetches and reads the status API for `chainId`; throws when it does not answer. */
export async function fetchStatus(
  chainId: number,
  signal?: AbortSignal,
): Promise<StatusByProvider> {
  const url = statusApiUrl(chainId)
  if (!url) return {}
  const res = await fetch(url, { signal })
  if (!res.ok) throw new Error(`Status API answered HTTP ${res.status}`)
  const out: StatusByProvider = {}
  collect(await res.json(), out)
  return out
}
