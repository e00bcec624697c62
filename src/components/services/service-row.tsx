import { memo } from 'react'
import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { ChainText } from '@/components/ui/chain-text'
import { NameMarks } from '@/components/ui/name-marks'
import { serviceHref } from '@/config/paths'
import type { Service } from '@/contracts/service'
import { shortAddress } from '@/lib/format'
import { safeHttpUrl } from '@/lib/safe-url'
import type { ServiceStatus } from '@/lib/catalog/status-report'
import { TestId } from '@/lib/test-ids'
import { capText } from '@/lib/untrusted-text'
import { HealthSummary } from './health-cell'
import { ServicePrice } from './price-amount'
import { ServiceRowActions } from './service-row-actions'

export type ChangeMark = 'changed' | 'new' | undefined

interface ServiceRowProps {
  service: Service
  chainId: number
  /** The status API's report of this service, when it answered. */
  status: ServiceStatus | undefined
  /** where the status figures come from */
  statusSource: string
  /** "cheapest" / "fastest" within its model group (several providers of one model) */
  ranks?: readonly ('cheapest' | 'fastest')[]
  mark?: ChangeMark
  /** "same URL as 0x12…ab" when another provider registered this service's URL. */
  sameUrl?: string
  isCompared: boolean
  canCompareMore: boolean
  onCompare: (provider: Service['provider'], on: boolean) => void
}

/**
 * One service as a table row. Every string comes from chain and is rendered as plain text.
 * Memoized: a search keystroke re-renders only rows whose props changed.
 */
export const ServiceRow = memo(function ServiceRow({
  service,
  chainId,
  status,
  statusSource,
  ranks,
  mark,
  sameUrl,
  isCompared,
  canCompareMore,
  onCompare,
}: ServiceRowProps) {
  const endpoint = safeHttpUrl(service.url)
  const model = capText(service.model)
  return (
    <tr
      data-testid={TestId.ServiceRow}
      data-provider={service.provider}
      className="border-t border-border align-top hover:bg-surface-hover/50"
    >
      <th scope="row" className="max-w-56 px-3 py-3 text-left font-medium">
        <Link to={serviceHref(service.provider)} className="hover:text-accent">
          <ChainText value={service.model} wrap empty="(no model name)" />
        </Link>
        <NameMarks name={service.model} sameUrl={sameUrl} className="ml-2" />
        {ranks?.map((r) => (
          <Badge key={r} tone="success" className="ml-2" data-testid={`rank-${r}`}>
            {r === 'cheapest' ? 'Cheapest' : 'Fastest'}
          </Badge>
        ))}
        {mark ? (
          <Badge tone="warning" className="ml-2">
            {mark === 'new' ? 'New' : 'Changed'}
          </Badge>
        ) : null}
        <span className="block max-w-52 truncate text-xs font-normal text-muted">
          <ChainText value={endpoint ?? service.url} max={300} />
        </span>
      </th>
      <td className="px-3 py-3 whitespace-nowrap">
        <ChainText value={service.serviceType} className="max-w-40" />
      </td>
      <td className="px-3 py-3">
        <Badge tone="accent">
          <ChainText value={service.verifiability} empty="none" className="max-w-24" />
        </Badge>
      </td>
      <td className="px-3 py-3 font-mono text-xs whitespace-nowrap" title={service.provider}>
        {shortAddress(service.provider)}
      </td>
      <td className="px-3 py-3 text-right tabular-nums">
        <ServicePrice service={service} which="input" />
      </td>
      <td className="px-3 py-3 text-right tabular-nums">
        <ServicePrice service={service} which="output" />
      </td>
      <td className="px-3 py-3">
        {service.teeSignerAcknowledged ? (
          <Badge tone="success">Yes</Badge>
        ) : (
          <Badge tone="warning">No</Badge>
        )}
      </td>
      <td className="px-3 py-3 text-xs whitespace-nowrap">
        <ServiceRowActions
          provider={service.provider}
          serviceType={service.serviceType}
          model={service.model}
          className="mb-1.5"
        />
        <HealthSummary
          chainId={chainId}
          provider={service.provider}
          status={status}
          source={statusSource}
        />
        <label className="mt-1 flex items-center gap-1.5 text-muted">
          <input
            type="checkbox"
            aria-label={`Compare ${model}`}
            checked={isCompared}
            disabled={!isCompared && !canCompareMore}
            onChange={(e) => onCompare(service.provider, e.target.checked)}
          />
          Compare
        </label>
      </td>
    </tr>
  )
})
