import { useDeposit } from '@/hooks/ledger/use-ledger-writes'
import { atMost } from '@/lib/amount-rules'
import { AmountForm } from './amount-form'

/** Deposit from the wallet into the ledger. */
export function DepositForm({ walletBalance }: { walletBalance: bigint }) {
  const flow = useDeposit()
  return (
    <AmountForm
      name="Deposit"
      fieldLabel="Deposit amount"
      submitLabel="Deposit"
      checks={[atMost(walletBalance, 'your wallet balance')]}
      state={flow.state}
      isBusy={flow.isBusy}
      onSubmit={flow.deposit}
      onRetry={flow.retry}
    />
  )
}
