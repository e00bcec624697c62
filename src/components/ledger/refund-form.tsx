import { useRefund } from '@/hooks/ledger/use-ledger-writes'
import { atMost, leavesValidRemainder } from '@/lib/amount-rules'
import { formatZeroG } from '@/lib/format'
import type { Ledger } from '@/lib/ledger/ledger-types'
import { AmountForm } from './amount-form'

/** Refund available balance to the wallet; warns before signing when it would close the ledger. */
export function RefundForm({ ledger }: { ledger: Ledger }) {
  const flow = useRefund()
  const closes = (amount: bigint | undefined) => amount === ledger.total && ledger.locked === 0n
  return (
    <AmountForm
      name="Refund to wallet"
      fieldLabel="Refund amount"
      submitLabel="Refund to wallet"
      checks={[
        atMost(ledger.available, 'the available ledger balance'),
        leavesValidRemainder(ledger.available),
      ]}
      state={flow.state}
      isBusy={flow.isBusy}
      onSubmit={flow.refund}
      onRetry={flow.retry}
      disabledReason={ledger.available === 0n ? 'Nothing available to refund.' : undefined}
      hint="What stays in the ledger must be 0 or at least 3 0G."
      presets={[{ label: 'All available', value: formatZeroG(ledger.available) }]}
      note={(amount) =>
        closes(amount) ? (
          <p role="note" className="text-sm text-warning">
            Refunding everything closes your ledger. You can create a new one later.
          </p>
        ) : null
      }
    />
  )
}
