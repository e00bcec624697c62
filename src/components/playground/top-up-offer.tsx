import type { Address } from 'viem'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import { AmountTxForm } from './amount-tx-form'

/**
 * The transfer in place: moves funds from the ledger to this provider's sub-account through the
 * one transaction flow, without leaving the panel (the prompt stays; retry once confirmed).
 * Providers admit a request only with ≥ 1 0G left after its fee, so 2 0G is suggested.
 */
export function TopUpOffer({ provider, onFunded }: { provider: Address; onFunded?: () => void }) {
  const flow = useTransferFund()
  const send = async (value: bigint) => {
    const end = await flow.transfer(provider, value)
    if (end.phase === 'confirmed') onFunded?.()
  }
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-2">
      <AmountTxForm
        name="Top up this provider"
        label="Transfer from your ledger (0G)"
        initial="2"
        checks={[]}
        submitLabel="Transfer to this provider"
        flow={flow}
        onSubmit={(v) => void send(v)}
      />
      {flow.state.phase === 'confirmed' ? (
        <p className="text-xs text-success">Funded. Retry to send your prompt.</p>
      ) : null}
    </div>
  )
}
