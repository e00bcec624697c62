import { useState } from 'react'
import { TxStatus } from '@/components/feedback/tx-status'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useWalletGate } from '@/hooks/chain/use-wallet-gate'
import { useRetrieveFunds } from '@/hooks/ledger/use-ledger-writes'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import { useUnsettledFees } from '@/hooks/ledger/use-unsettled-fees'
import { shortAddress } from '@/lib/format'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'
import { planFunding, type PlanChoice } from '@/lib/ledger/planner'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { parseCount } from '@/lib/ledger/whole-number'
import { PlannerChoices } from './planner-choices'
import { PlannerProposal } from './planner-proposal'
import { capText } from '@/lib/untrusted-text'

interface PlannerCardProps {
  overview: LedgerOverview & { ledger: NonNullable<LedgerOverview['ledger']> }
  services: readonly ServiceInfo[]
  byProvider: ReadonlyMap<string, ServiceInfo>
}

/** The funding planner: choose providers and usage; it proposes the minimal transfers. */
export function PlannerCard({ overview, services, byProvider }: PlannerCardProps) {
  const [perDay, setPerDay] = useState<Record<string, string>>({})
  const [daysText, setDaysText] = useState('7')
  const transfer = useTransferFund()
  const retrieve = useRetrieveFunds()
  const gate = useWalletGate()
  const fees = useUnsettledFees(
    overview.accounts.map((a) => ({
      provider: a.provider,
      url: byProvider.get(a.provider.toLowerCase())?.url,
    })),
  )
  const name = (p: string) => {
    const model = byProvider.get(p.toLowerCase())?.model
    return model === undefined ? shortAddress(p) : capText(model, 80)
  }
  const errors: Record<string, string> = {}
  const choices: PlanChoice[] = []
  for (const [provider, text] of Object.entries(perDay)) {
    const service = byProvider.get(provider.toLowerCase())
    const parsed = parseCount(text)
    if (!parsed.ok) errors[provider] = parsed.message
    else if (service) choices.push({ provider: service.provider, service, perDay: parsed.value })
  }
  const days = parseCount(daysText)
  const accounts = overview.accounts.map((a) => ({
    ...a,
    unsettled: fees.get(a.provider.toLowerCase())?.fee ?? 0n,
  }))
  const plan =
    days.ok && choices.length > 0 && Object.keys(errors).length === 0
      ? planFunding(choices, days.value, accounts, overview.ledger.available)
      : undefined
  const busy = transfer.isBusy || retrieve.isBusy
  const disabled = gate.reason
    ? 'Connect a wallet on a supported network'
    : busy
      ? 'Wait for the current transaction'
      : undefined
  const change = (p: string, v: string | undefined) =>
    setPerDay(({ [p]: _old, ...rest }) => (v === undefined ? rest : { ...rest, [p]: v }))
  return (
    <Card aria-label="Funding planner" className="flex flex-col gap-4 p-5">
      <h2 className="font-semibold">Funding planner</h2>
      <p className="max-w-3xl text-sm text-muted">
        Pick providers and how much you expect to use; the planner proposes only the transfers you
        are missing (a typical message is 1,000 tokens in and 500 out), keeping each provider&apos;s
        1 0G reserve and unsettled usage in mind. You confirm each transaction.
      </p>
      <PlannerChoices services={services} perDay={perDay} errors={errors} onChange={change} />
      <Field label="For" inline labelStyle="plain" error={days.ok ? undefined : days.message}>
        <Input
          aria-label="Days"
          inputMode="numeric"
          value={daysText}
          onChange={(e) => setDaysText(e.target.value)}
          className="w-20 font-mono"
        />
        <span className="text-sm">days</span>
      </Field>
      {plan ? (
        <PlannerProposal
          plan={plan}
          name={name}
          lockTime={overview.lockTime}
          disabled={disabled}
          onTransfer={(p, amount) => void transfer.transfer(p, amount, name(p))}
          onRetrieve={(p) => void retrieve.retrieve([p], `Retrieve from ${name(p)}`)}
        />
      ) : (
        <p className="text-sm text-muted">Choose at least one provider to see a proposal.</p>
      )}
      <TxStatus state={transfer.state} onRetry={transfer.retry} />
      <TxStatus state={retrieve.state} onRetry={retrieve.retry} />
    </Card>
  )
}
