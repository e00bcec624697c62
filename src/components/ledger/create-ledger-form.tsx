import { Card } from '@/components/ui/card'
import { useCreateLedger } from '@/hooks/ledger/use-ledger-writes'
import { atLeast, atMost, MIN_LEDGER_BALANCE } from '@/lib/amount-rules'
import { AmountForm } from './amount-form'

/** Shown when the wallet has no ledger: create one with a first deposit of at least 3 0G. */
export function CreateLedgerForm({ walletBalance }: { walletBalance: bigint }) {
  const flow = useCreateLedger()
  return (
    <Card className="flex flex-col gap-3 p-5">
      <h2 className="font-semibold">Create your ledger</h2>
      <p className="max-w-3xl text-sm text-muted">
        The ledger is your prepaid 0G balance for the compute network. It starts with at least 3 0G;
        you move funds from it to each provider you use.
      </p>
      <AmountForm
        name="Create ledger"
        fieldLabel="First deposit"
        submitLabel="Create ledger"
        checks={[
          atMost(walletBalance, 'your wallet balance'),
          atLeast(MIN_LEDGER_BALANCE, 'A new ledger'),
        ]}
        state={flow.state}
        isBusy={flow.isBusy}
        onSubmit={flow.create}
        onRetry={flow.retry}
        hint="At least 3 0G."
      />
    </Card>
  )
}
