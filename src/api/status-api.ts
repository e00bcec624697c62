/**
 * The provider status API 0G publishes (`compute-status.0g.ai/health` on Mainnet,
 * `compute-status-testnet.0g.ai/health` on Galileo; the official web UI reads the same), and on
 * the devnet its stand-in served by the devnet's provider server (`VITE_DEVNET_STATUS_URL`, set by
 * `npm start`). Its shape, as the official UI reads it: `{ timestamp, services: [{ provider, model,
 * status: "healthy" | "warning" | "critical", checks: { uptime: <percent> },
 * performance: { response_time: { avg: <ms> } } }] }`. The answer is untrusted: capped at
 * 2 MiB and 5 000 services, every field checked; what does not parse is left out.
 */
import { env } from '@/config/env'
import { parseStatusReport, type StatusReport } from '@/lib/catalog/status-report'
import { readCapped } from './http'

const STATUS_URLS: Record<number, string> = {
  16661: 'https://compute-status.0g.ai/health',
  16602: 'https://compute-status-testnet.0g.ai/health',
}
const DEVNET_CHAIN_ID = 31337
const MAX_BODY = 2 * 1024 * 1024

/** The status API URL for a chain, or undefined (the devnet without a status endpoint). */
export function statusApiUrl(chainId: number): string | undefined {
  if (chainId === DEVNET_CHAIN_ID) return env.devnetStatusUrl
  return STATUS_URLS[chainId]
}

/** Where the figures come from, in words, for the UI. */
export function statusApiSource(chainId: number): string {
  return chainId === DEVNET_CHAIN_ID
    ? "the devnet's status endpoint"
    : `0G's status API (${new URL(STATUS_URLS[chainId] ?? 'https://compute-status.0g.ai').host})`
}

/** Fetches and reads the status API for `chainId`; throws when it does not answer. */
export async function fetchStatus(chainId: number, signal?: AbortSignal): Promise<StatusReport> {
  const url = statusApiUrl(chainId)
  if (!url) return { at: null, byProvider: {} }
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`Status API answered HTTP ${res.status}`)
  let raw: unknown
  try {
    raw = JSON.parse(await readCapped(res, MAX_BODY))
  } catch {
    throw new Error('The status API answered with something that is not JSON')
  }
  return parseStatusReport(raw)
}
