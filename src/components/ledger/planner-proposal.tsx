import { Button } from '@/components/ui/button'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import type { Plan } from '@/lib/ledger/planner'
import { formatDuration } from '@/lib/ledger/refunds'

interface PlannerProposalProps {
  plan: Plan
  name: (provider: string) => string
  lockTime: bigint
  disabled?: string
  onTransfer: (provider: `0x${string}`, amount: bigint) => void
  onRetrieve: (provider: `0x${string}`) => void
}

const zg = (v: bigint) => <ZeroGAmount value={v} />

/** The proposal: one transfer per deficit (each confirmed separately) and idle funds to retrieve. */
export function PlannerProposal({
  plan,
  name,
  lockTime,
  disabled,
  onTransfer,
  onRetrieve,
}: PlannerProposalProps) {
  return (
    <div role="region" aria-label="Proposal" className="flex flex-col gap-2 text-sm">
      <ul className="flex flex-col gap-1">
        {plan.transfers.map((t) => (
          <li
            key={t.provider}
            data-provider={t.provider}
            className="flex flex-wrap items-center gap-3"
          >
            <span className="min-w-48">{name(t.provider)}</span>
            <span className="text-xs text-muted">
              needs {zg(t.needed)}, has {zg(t.have)}
            </span>
            {t.amount > 0n ? (
              <Button
                size="sm"
                disabled={Boolean(disabled)}
                title={disabled}
                onClick={() => onTransfer(t.provider, t.amount)}
              >
                Transfer {zg(t.amount)} to {name(t.provider)}
              </Button>
            ) : (
              <span className="text-success">Covered</span>
            )}
          </li>
        ))}
      </ul>
      <p>Total to transfer: {zg(plan.totalTransfer)}</p>
      {plan.shortfall > 0n ? (
        <p role="alert" className="text-warning">
          Your ledger is {zg(plan.shortfall)} short: deposit that much first.
        </p>
      ) : null}
      {plan.idle.length > 0 ? (
        <div className="flex flex-col gap-1">
          <p className="font-medium">Idle funds with providers you did not pick</p>
          {plan.idle.map((i) => (
            <div key={i.provider} className="flex flex-wrap items-center gap-3">
              <span>
                {zg(i.amount)} with {name(i.provider)}
              </span>
              <Button
                size="sm"
                variant="secondary"
                disabled={Boolean(disabled)}
                onClick={() => onRetrieve(i.provider)}
              >
                Retrieve from {name(i.provider)}
              </Button>
              <span className="text-xs text-muted">
                locked for {formatDuration(lockTime)}, then collectable
              </span>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
