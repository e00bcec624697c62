import { useState } from 'react'
import { EmptyState } from '@/components/feedback/empty-state'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { useWalletGate } from '@/hooks/chain/use-wallet-gate'
import { useChainClock } from '@/hooks/ledger/use-chain-clock'
import { useRetrieveFunds } from '@/hooks/ledger/use-ledger-writes'
import { useUnsettledFees } from '@/hooks/ledger/use-unsettled-fees'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'
import { RetrieveConfirm, type RetrievePlan } from './retrieve-confirm'
import { retrievePlan } from './retrieve-plans'
import { SubAccountsTable } from './sub-accounts-table'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { capText } from '@/lib/untrusted-text'

interface SubAccountsCardProps {
  overview: LedgerOverview
  services: ReadonlyMap<string, ServiceInfo>
}

/** Provider sub-accounts with spendable amounts, and retrieve / collect actions. */
export function SubAccountsCard({ overview, services }: SubAccountsCardProps) {
  const { accounts, lockTime } = overview
  const now = useChainClock(overview.chainTime, overview.readAt)
  const flow = useRetrieveFunds()
  const gate = useWalletGate()
  const [plan, setPlan] = useState<RetrievePlan>()
  const fees = useUnsettledFees(
    accounts.map((a) => ({
      provider: a.provider,
      url: services.get(a.provider.toLowerCase())?.url,
    })),
  )
  const all = retrievePlan(accounts, lockTime, now, 'Retrieve from all providers')
  const matured = retrievePlan(accounts, lockTime, now, 'Collect matured refunds', true)
  const name = (p: string) => {
    const model = services.get(p.toLowerCase())?.model
    return model === undefined ? p : capText(model, 80)
  }
  const busy = flow.isBusy || !gate.isOk
  const confirm = () => {
    if (!plan) return
    setPlan(undefined)
    void flow.retrieve(plan.providers, plan.label)
  }
  return (
    <Card aria-label="Provider sub-accounts" className="flex flex-col gap-4 p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Provider sub-accounts</h2>
        <div className="flex items-center gap-2">
          <Button
            size="sm"
            variant="secondary"
            disabled={busy || !matured}
            onClick={() => setPlan(matured)}
          >
            Collect matured refunds
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={busy || !all}
            onClick={() => setPlan(all)}
          >
            Retrieve all
          </Button>
        </div>
      </div>
      {!all && accounts.length > 0 ? (
        <p className="text-xs text-muted">Nothing to retrieve.</p>
      ) : null}
      {accounts.length === 0 ? (
        <EmptyState title="No provider sub-accounts yet">
          Transfer funds to a provider below to start using its service.
        </EmptyState>
      ) : (
        <SubAccountsTable
          ledger={{ accounts, lockTime, now }}
          services={services}
          fees={fees}
          disabledReason={busy ? 'Wait for the current transaction' : undefined}
          onRetrieve={(a) =>
            setPlan(retrievePlan([a], lockTime, now, `Retrieve from ${name(a.provider)}`))
          }
        />
      )}
      {plan ? (
        <RetrieveConfirm
          plan={plan}
          lockTime={lockTime}
          onConfirm={confirm}
          onCancel={() => setPlan(undefined)}
          disabled={busy}
        />
      ) : null}
      <TxStatus state={flow.state} onRetry={flow.retry} />
    </Card>
  )
}
