import { memo } from 'react'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useHealthOn } from '@/hooks/services/use-health-on'
import { useStatusApi } from '@/hooks/services/use-status-api'
import { statusOf, type ServiceStatus } from '@/lib/catalog/status-report'

interface HealthSummaryProps {
  chainId: number
  provider: string
  /** The status API's report of this service, when it answered. */
  status: ServiceStatus | undefined
  /** Where the status figures come from ("compute-status.0g.ai"). */
  source: string
}

const statusWords: Record<ServiceStatus['status'], string> = {
  healthy: 'healthy',
  warning: 'limited availability',
  critical: 'degraded',
  unknown: 'status unknown',
}

/**
 * Two sources side by side, each named: the status API's word, uptime and average response time
 * (as the official UI shows them), and the latency and failures measured by this browser. Takes
 * the chain and the status as props so a table subscribes to them once, not once per row.
 */
export const HealthSummary = memo(function HealthSummary({
  chainId,
  provider,
  status,
  source,
}: HealthSummaryProps) {
  const health = useHealthOn(chainId, provider)
  const measured =
    health.total === 0
      ? 'not measured'
      : health.medianMs === null
        ? `failed ${health.failures}/${health.total}`
        : `${health.medianMs} ms${health.failures ? ` · ${health.failures}/${health.total} failed` : ''}`
  return (
    <span className="flex flex-col" data-health-total={health.total}>
      <span
        className={health.failures ? 'text-warning' : undefined}
        title="Measured by this browser"
      >
        <span className="text-muted">this browser: </span>
        {measured}
      </span>
      {status ? (
        <span
          // relative: the sr-only source note is positioned inside this span, so in a table that
          // scrolls sideways it stays in the table instead of widening the page.
          // It wraps (the catalog's cell does not), so the figures never widen the table.
          className={`relative max-w-48 whitespace-normal ${status.status === 'healthy' ? 'text-muted' : 'text-warning'}`}
          title={`From ${source}`}
          data-testid="status-api-figures"
        >
          {statusWords[status.status]}
          {status.uptime !== null ? ` · ${status.uptime.toFixed(2)}% up` : ''}
          {status.avgMs !== null ? ` · avg ${Math.round(status.avgMs)} ms` : ''}
          <span className="sr-only"> (from {source})</span>
        </span>
      ) : null}
    </span>
  )
})

/** The health of one service on the current network (for single views: facts, comparison). */
export function HealthCell({ provider, model }: { provider: string; model: string }) {
  const { chainId } = useSupportedChain()
  const { data, source } = useStatusApi()
  return (
    <HealthSummary
      chainId={chainId}
      provider={provider}
      status={statusOf(data, provider, model)}
      source={source}
    />
  )
}
