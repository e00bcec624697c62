import { useState } from 'react'
import type { Address } from 'viem'
import { AmountReading } from '@/components/feedback/amount-reading'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RequireWallet } from '@/components/wallet/require-wallet'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import { useStaleTxStatus } from '@/hooks/chain/use-stale-tx-status'
import { parseZeroGAmount } from '@/lib/amount'
import { capText } from '@/lib/untrusted-text'

/** "Fund this provider": moves 0G from the ledger into the sub-account with this provider. */
export function FundProviderForm({ provider, model }: { provider: Address; model: string }) {
  const [text, setText] = useState('2')
  const [touched, setTouched] = useState(false)
  const flow = useTransferFund()
  const status = useStaleTxStatus(flow.state)
  const parsed = parseZeroGAmount(text)
  const submit = () => {
    setTouched(true)
    if (parsed.ok) void flow.transfer(provider, parsed.value, capText(model, 60))
  }
  return (
    <RequireWallet>
      {(isOk, reason) => (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <div className="flex flex-wrap items-end gap-2">
            <Field label="Amount to transfer (0G)">
              <Input
                value={text}
                inputMode="decimal"
                onChange={(e) => {
                  setText(e.target.value)
                  status.inputChanged()
                }}
                className="w-36"
              />
            </Field>
            <Button type="submit" disabled={!isOk || flow.isBusy}>
              Fund this provider
            </Button>
          </div>
          {touched && !parsed.ok ? (
            <p role="alert" className="text-sm text-danger">
              {parsed.message}
            </p>
          ) : null}
          <AmountReading parsed={parsed} />
          {reason ? <p className="text-sm text-muted">{reason}</p> : null}
          <p className="text-xs text-muted">
            A new sub-account needs at least 1 0G; the provider admits a request only while the
            sub-account holds unsettled fees + this request&apos;s fee + 1 0G.
          </p>
          {status.visible ? <TxStatus state={flow.state} onRetry={flow.retry} /> : null}
        </form>
      )}
    </RequireWallet>
  )
}
