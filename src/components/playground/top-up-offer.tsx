import { useState } from 'react'
import type { Address } from 'viem'
import { AmountReading } from '@/components/feedback/amount-reading'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import { parseZeroGAmount } from '@/lib/amount'

/**
 * The transfer in place: moves funds from the ledger to this provider's sub-account through the
 * one transaction flow, without leaving the panel (the prompt stays; retry once confirmed).
 * Providers admit a request only with ≥ 1 0G left after its fee, so 2 0G is suggested.
 */
export function TopUpOffer({ provider, onFunded }: { provider: Address; onFunded?: () => void }) {
  const [amount, setAmount] = useState('2')
  const flow = useTransferFund()
  const send = async (value: bigint) => {
    const end = await flow.transfer(provider, value)
    if (end.phase === 'confirmed') onFunded?.()
  }
  const parsed = parseZeroGAmount(amount)
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-2">
      <div className="flex flex-wrap items-end gap-2">
        <Field label="Transfer from your ledger (0G)">
          <Input
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            inputMode="decimal"
            className="w-28"
          />
        </Field>
        <Button
          size="sm"
          disabled={!parsed.ok || flow.isBusy}
          onClick={() => parsed.ok && void send(parsed.value)}
        >
          Transfer to this provider
        </Button>
      </div>
      {!parsed.ok && amount ? (
        <p role="alert" className="text-xs text-danger">
          {parsed.message}
        </p>
      ) : null}
      <AmountReading parsed={parsed} />
      <TxStatus state={flow.state} onRetry={flow.retry} />
      {flow.state.phase === 'confirmed' ? (
        <p className="text-xs text-success">Funded. Retry to send your prompt.</p>
      ) : null}
    </div>
  )
}
