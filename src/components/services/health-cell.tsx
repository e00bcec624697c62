import { memo } from 'react'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useHealthOn } from '@/hooks/services/use-health-on'
import { useStatusApi } from '@/hooks/services/use-status-api'

interface HealthSummaryProps {
  chainId: number
  provider: string
  /** The public status API's word for this provider, when it answered. */
  status: string | undefined
}

/**
 * Latency and failures measured by this browser, plus the status API's word. Takes the chain and
 * the status as props so a table of rows subscribes to them once, not once per row.
 */
export const HealthSummary = memo(function HealthSummary({
  chainId,
  provider,
  status,
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
      <span className={health.failures ? 'text-warning' : undefined}>{measured}</span>
      {status ? <span className="text-muted">status: {status}</span> : null}
    </span>
  )
})

/** The health of one provider on the current network (for single views: facts, comparison). */
export function HealthCell({ provider }: { provider: string }) {
  const { chainId } = useSupportedChain()
  const status = useStatusApi().data?.[provider.toLowerCase()]
  return <HealthSummary chainId={chainId} provider={provider} status={status} />
}
