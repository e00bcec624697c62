/**
 * The provider status API's answer, read as untrusted data (src/api/status-api.ts fetches it):
 * `{ timestamp, services: [{ provider, model, status, checks: { uptime }, performance:
 * { response_time: { avg } } }] }`, at most 5 000 services, every field checked; what does not
 * parse is left out. `statusOf` matches a service as the official web UI does.
 */
import { isObj } from '../stored-data'

const MAX_SERVICES = 5000

/** One service as the status API reports it. */
export interface ServiceStatus {
  model: string
  /** "healthy", "warning", "critical", or "unknown" for any other word */
  status: 'healthy' | 'warning' | 'critical' | 'unknown'
  /** percent, 0–100; null when absent */
  uptime: number | null
  /** mean response time, ms; null when absent */
  avgMs: number | null
}

export interface StatusReport {
  /** when the API says it measured (ms since epoch), or null */
  at: number | null
  /** per lowercase provider address, its services */
  byProvider: Record<string, ServiceStatus[]>
}

const finite = (v: unknown, min: number, max: number): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : null
const STATUSES = new Set(['healthy', 'warning', 'critical'])

/** Reads an answer of the status API; anything that is not in its shape is left out. */
export function parseStatusReport(raw: unknown): StatusReport {
  const report: StatusReport = { at: null, byProvider: {} }
  if (!isObj(raw)) return report
  if (typeof raw.timestamp === 'string' && raw.timestamp.length <= 64) {
    const at = Date.parse(raw.timestamp)
    if (Number.isFinite(at)) report.at = at
  }
  if (!Array.isArray(raw.services)) return report
  for (const s of raw.services.slice(0, MAX_SERVICES)) {
    if (!isObj(s) || typeof s.provider !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(s.provider))
      continue
    if (typeof s.model !== 'string' || s.model.length > 256) continue
    const status =
      typeof s.status === 'string' && STATUSES.has(s.status)
        ? (s.status as ServiceStatus['status'])
        : 'unknown'
    const uptime = isObj(s.checks) ? finite(s.checks.uptime, 0, 100) : null
    const rt = isObj(s.performance) ? s.performance.response_time : undefined
    const avgMs = isObj(rt) ? finite(rt.avg, 0, 3_600_000) : null
    const key = s.provider.toLowerCase()
    ;(report.byProvider[key] ??= []).push({ model: s.model, status, uptime, avgMs })
  }
  return report
}

/**
 * The status of `provider`'s `model`: the entry with the same model name (case-insensitive), else
 * one whose name contains the other (as the official UI matches), else undefined.
 */
export function statusOf(
  report: StatusReport | undefined,
  provider: string,
  model: string,
): ServiceStatus | undefined {
  const list = report?.byProvider[provider.toLowerCase()]
  if (!list?.length) return undefined
  const m = model.toLowerCase()
  return (
    list.find((s) => s.model.toLowerCase() === m) ??
    list.find((s) => {
      const n = s.model.toLowerCase()
      return n.length > 0 && m.length > 0 && (m.includes(n) || n.includes(m))
    })
  )
}
