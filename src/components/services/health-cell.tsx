import { useProviderHealth } from '@/hooks/services/use-provider-health'
import { useStatusApi } from '@/hooks/services/use-status-api'

/** Latency and failures measured by this browser, plus the public status API when it answers. */
export function HealthCell({ provider }: { provider: string }) {
  const health = useProviderHealth(provider)
  const status = useStatusApi().data?.[provider.toLowerCase()]
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
}
