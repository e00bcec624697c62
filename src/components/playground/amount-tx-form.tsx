import { useState } from 'react'
import { AmountReading } from '@/components/feedback/amount-reading'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import type { TxFlowState } from '@/hooks/chain/tx-flow-state'
import { parseZeroGAmount } from '@/lib/amount'
import { validateAmount, type AmountCheck } from '@/lib/amount-rules'

interface AmountTxFormProps {
  /** The form's accessible name. */
  name: string
  label: string
  initial: string
  checks: readonly AmountCheck[]
  submitLabel: string
  hint?: string
  flow: { state: TxFlowState; isBusy: boolean; retry: () => void }
  onSubmit: (amount: bigint) => void
}

/**
 * One amount → one transaction, checked before the wallet opens (the same rules as the Account
 * page's forms, `lib/amount-rules`), with the flow's live phases under it: the funding guide's
 * steps and the top-up offer.
 */
export function AmountTxForm(p: AmountTxFormProps) {
  const [text, setText] = useState(p.initial)
  const parsed = validateAmount(text, p.checks)
  return (
    <form
      aria-label={p.name}
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (parsed.ok) p.onSubmit(parsed.value)
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <Field
          label={p.label}
          help={p.hint}
          error={!parsed.ok && text ? parsed.message : undefined}
        >
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            inputMode="decimal"
            className="w-32"
          />
        </Field>
        <Button type="submit" size="sm" disabled={!parsed.ok || p.flow.isBusy}>
          {p.submitLabel}
        </Button>
      </div>
      <AmountReading parsed={parseZeroGAmount(text)} />
      <TxStatus state={p.flow.state} onRetry={p.flow.retry} />
    </form>
  )
}
