import { Badge } from '@/components/ui/badge'
import { ChainText } from '@/components/ui/chain-text'
import type { UnsettledFee } from '@/hooks/ledger/use-unsettled-fees'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { shortAddress } from '@/lib/format'
import type { SubAccount } from '@/lib/ledger/ledger-types'
import { openRefunds } from '@/lib/ledger/refunds'
import {
  spendableNow,
  unitCost,
  unitsFor,
  unitsLabel,
  type PricedService,
} from '@/lib/ledger/spendable'
import { RefundCountdown } from './refund-countdown'
import { capText } from '@/lib/untrusted-text'

export interface SubAccountRowProps {
  account: SubAccount
  service?: PricedService & { model: string }
  unsettled: UnsettledFee
  lockTime: bigint
  now: bigint
  onRetrieve: () => void
  retrieveDisabled?: string
}

const zg = (v: bigint) => <ZeroGAmount value={v} />

/** One provider sub-account: balance, refunds with countdown, spendable now and what it buys. */
export function SubAccountRow(p: SubAccountRowProps) {
  const { account, service, unsettled } = p
  const spendable = spendableNow(account.balance, account.pendingRefund, unsettled.fee)
  const unit = service ? unitCost(service) : undefined
  return (
    <tr data-provider={account.provider} className="border-t border-border align-top">
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <div className="max-w-64 font-medium">
          <ChainText value={service?.model ?? ''} empty="Unknown service" />
        </div>
        <div className="max-w-64 truncate font-mono text-xs text-muted" title={account.provider}>
          {shortAddress(account.provider)} · {capText(service?.serviceType ?? '—', 60)}
        </div>
      </th>
      <td className="py-2 pr-3 font-mono">{zg(account.balance)}</td>
      <td className="py-2 pr-3 text-xs">
        <RefundCountdown refunds={openRefunds(account, p.lockTime, p.now)} />
      </td>
      <td className="py-2 pr-3 font-mono text-xs">
        {zg(unsettled.fee)}
        <div className="font-sans text-muted">
          {unsettled.source === 'provider' ? 'from provider' : 'local estimate'}
        </div>
      </td>
      <td className="py-2 pr-3">
        <div className="font-mono">{zg(spendable)}</div>
        {unit ? (
          <div className="text-xs text-muted">
            ≈ {unitsLabel(unitsFor(spendable, unit.cost), unit.unit)}
          </div>
        ) : null}
      </td>
      <td className="py-2 pr-3">
        <Badge tone={account.acknowledged ? 'success' : 'warning'}>
          {account.acknowledged ? 'Acknowledged' : 'Not acknowledged'}
        </Badge>
      </td>
      <td className="py-2">
        <button
          type="button"
          className="min-h-10 text-sm text-accent underline disabled:text-muted disabled:no-underline"
          disabled={Boolean(p.retrieveDisabled)}
          title={p.retrieveDisabled}
          onClick={p.onRetrieve}
          aria-label={`Retrieve from ${service ? capText(service.model, 80) : account.provider}`}
        >
          Retrieve
        </button>
      </td>
    </tr>
  )
}
