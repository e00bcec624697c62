import { useEffect, type ReactNode } from 'react'
import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { ChainText } from '@/components/ui/chain-text'
import { NameMarks } from '@/components/ui/name-marks'
import { serviceHref } from '@/config/paths'
import type { Service } from '@/contracts/service'
import { useMeasureHealth } from '@/hooks/services/use-measure-health'
import { billingOf, isMultiModel, TYPICAL_REQUEST, estimateFee } from '@/lib/protocol/billing'
import { sameUrlText, sharedEndpoints } from '@/lib/catalog/lookalike'
import { compactZeroG } from '@/lib/catalog/price-text'
import { shortAddress } from '@/lib/format'
import { HealthCell } from './health-cell'
import { ServicePrice, UP_TO_TITLE } from './price-amount'

function estimateLabel(s: Service): ReactNode {
  const b = billingOf(s)
  const fee = compactZeroG(estimateFee(s, TYPICAL_REQUEST))
  const per =
    b.output === 'image'
      ? 'per image'
      : b.input === 'second'
        ? 'per minute of audio'
        : 'per message (1,000 in / 500 out tokens)'
  const upTo = isMultiModel(s)
  return (
    <span title={upTo ? `up to ${fee.exact} 0G ${per}. ${UP_TO_TITLE}` : `${fee.exact} 0G ${per}`}>
      {upTo ? 'up to ' : null}
      <span className="whitespace-nowrap">{fee.text} 0G</span> {per}
    </span>
  )
}

const rows: { label: string; cell: (s: Service) => ReactNode }[] = [
  { label: 'Type', cell: (s) => <ChainText value={s.serviceType} max={60} className="max-w-60" /> },
  {
    label: 'Provider',
    cell: (s) => (
      <span className="font-mono text-xs" title={s.provider}>
        {shortAddress(s.provider)}
      </span>
    ),
  },
  { label: 'Input price', cell: (s) => <ServicePrice service={s} which="input" /> },
  { label: 'Output price', cell: (s) => <ServicePrice service={s} which="output" /> },
  { label: 'Estimated cost', cell: estimateLabel },
  {
    label: 'Verification',
    cell: (s) => (
      <Badge tone="accent">
        <ChainText value={s.verifiability} max={40} empty="none" className="max-w-40" />
      </Badge>
    ),
  },
  {
    label: 'TEE signer',
    cell: (s) => (
      <span className="font-mono text-xs" title={s.teeSignerAddress}>
        {shortAddress(s.teeSignerAddress)}
      </span>
    ),
  },
  { label: 'Acknowledged', cell: (s) => (s.teeSignerAcknowledged ? 'Yes' : 'No') },
  {
    label: 'Health (status API · this browser)',
    cell: (s) => <HealthCell provider={s.provider} model={s.model} />,
  },
]

/** 2–4 services side by side; measures each provider's latency once on open. */
export function CompareTable({ services }: { services: readonly Service[] }) {
  const { mutate } = useMeasureHealth()
  const shared = sharedEndpoints(services)
  useEffect(() => {
    mutate(services.map((s) => ({ provider: s.provider, url: s.url })))
  }, [services, mutate])
  return (
    <div className="overflow-x-auto">
      {/* Fixed layout: every service gets an equal column, however long its values; on a phone
          the table keeps 36rem and scrolls inside its box. */}
      <table aria-label="Comparison" className="w-full min-w-[36rem] table-fixed text-sm">
        <colgroup>
          <col className="w-36" />
          {services.map((s) => (
            <col key={s.provider} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {services.map((s) => (
              <th key={s.provider} scope="col" className="max-w-60 px-3 py-2 text-left">
                <Link to={serviceHref(s.provider)} className="hover:text-accent">
                  <ChainText value={s.model} max={120} wrap empty="(no model name)" />
                </Link>{' '}
                <NameMarks
                  name={s.model}
                  sameUrl={sameUrlText(shared.get(s.provider.toLowerCase()))}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-t border-border">
              <th scope="row" className="px-3 py-2 text-left font-normal text-muted">
                {r.label}
              </th>
              {services.map((s) => (
                <td key={s.provider} className="px-3 py-2 tabular-nums [overflow-wrap:anywhere]">
                  {r.cell(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
