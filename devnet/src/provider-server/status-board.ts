/**
 * The devnet's stand-in for 0G's public provider status API (`compute-status.0g.ai/health`):
 * `GET /status/health` answers in that API's shape, as the official web UI reads it, with figures
 * from the requests this server actually served: per service, `status`
 * (healthy / warning / critical), `checks.uptime` (percent of billable requests answered without
 * a server error) and `performance.response_time.avg` (ms, mean time to the end of the answer).
 * With no traffic yet a service is "healthy" at 100 % with no response time.
 */

interface Tally {
  served: number
  failed: number
  totalMs: number
}

export interface StatusService {
  provider: string
  model: string
  status: 'healthy' | 'warning' | 'critical'
  checks: { uptime: number }
  performance: { response_time: { avg: number } | null }
}

export class StatusBoard {
  private readonly tallies = new Map<string, Tally>()

  /** Records one billable request of `slug`: whether it failed on the server side, and its time. */
  record(slug: string, ok: boolean, ms: number): void {
    const t = this.tallies.get(slug) ?? { served: 0, failed: 0, totalMs: 0 }
    t.served++
    if (!ok) t.failed++
    t.totalMs += ms
    this.tallies.set(slug, t)
  }

  /** The status API body for `services` (slug, provider address, model). */
  snapshot(
    services: readonly { slug: string; provider: string; model: string }[],
    now = new Date(),
  ): { timestamp: string; services: StatusService[] } {
    return {
      timestamp: now.toISOString(),
      services: services.map(({ slug, provider, model }) => {
        const t = this.tallies.get(slug)
        const uptime = t && t.served > 0 ? ((t.served - t.failed) / t.served) * 100 : 100
        return {
          provider,
          model,
          status: uptime >= 99 ? 'healthy' : uptime >= 90 ? 'warning' : 'critical',
          checks: { uptime: Math.round(uptime * 100) / 100 },
          performance: {
            response_time: t && t.served > 0 ? { avg: Math.round(t.totalMs / t.served) } : null,
          },
        }
      }),
    }
  }
}
