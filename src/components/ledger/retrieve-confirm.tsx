import { Button } from '@/components/ui/button'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { formatDuration } from '@/lib/ledger/refunds'

export interface RetrievePlan {
  label: string
  providers: `0x${string}`[]
  /** Balance that starts a refund (locked for lockTime). */
  starting: bigint
  /** Matured refunds that go back to the ledger now. */
  collecting: bigint
}

interface RetrieveConfirmProps {
  plan: RetrievePlan
  lockTime: bigint
  onConfirm: () => void
  onCancel: () => void
  disabled?: boolean
}

/** What a retrieve will do, with the lock period, before the wallet opens. */
export function RetrieveConfirm({
  plan,
  lockTime,
  onConfirm,
  onCancel,
  disabled,
}: RetrieveConfirmProps) {
  return (
    <div
      role="group"
      aria-label="Confirm retrieve"
      className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm"
    >
      <p className="font-medium">{plan.label}</p>
      {plan.collecting > 0n ? (
        <p>
          <ZeroGAmount value={plan.collecting} /> of matured refunds goes back to your ledger now.
        </p>
      ) : null}
      {plan.starting > 0n ? (
        <p>
          <ZeroGAmount value={plan.starting} /> starts a refund, locked for{' '}
          {formatDuration(lockTime)}; collect it here once the lock has passed. Transferring to the
          provider again before then cancels the refund.
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button size="sm" onClick={onConfirm} disabled={disabled}>
          Sign retrieve
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  )
}
