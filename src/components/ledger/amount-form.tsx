import { useState, type ReactNode } from 'react'
import { AmountReading } from '@/components/feedback/amount-reading'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { RequireWallet } from '@/components/wallet/require-wallet'
import type { TxFlowState } from '@/hooks/chain/tx-flow-state'
import { useStaleTxStatus } from '@/hooks/chain/use-stale-tx-status'
import { parseZeroGAmount } from '@/lib/amount'
import type { AmountCheck } from '@/lib/amount-rules'
import { validateAmount } from '@/lib/amount-rules'
import { AmountField } from './amount-field'

interface AmountFormProps {
  /** Accessible name of the form, e.g. "Deposit". */
  name: string
  fieldLabel: string
  submitLabel: string
  checks: readonly AmountCheck[]
  state: TxFlowState
  isBusy: boolean
  onSubmit: (amount: bigint) => Promise<TxFlowState>
  onRetry: () => void
  /** Why the action is unavailable (beyond the wallet gate), shown next to the button. */
  disabledReason?: string
  hint?: string
  /** Extra words shown before signing (e.g. the lock period, "this closes the ledger"). */
  note?: (amount: bigint | undefined) => ReactNode
  /** Fill-in buttons, e.g. "Max". */
  presets?: { label: string; value: string }[]
  /**
   * The form's other inputs (e.g. the chosen provider) as one value: a change clears a finished
   * write's status, as editing the amount does.
   */
  inputs?: string
}

/**
 * A validated amount → one transaction: the message sits next to the field before any wallet.
 * Editing the amount clears a finished write's status (an old "Confirmed" is not about the new
 * amount); the next submit shows its own.
 */
export function AmountForm(props: AmountFormProps) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const status = useStaleTxStatus(props.state)
  const [inputs, setInputs] = useState(props.inputs)
  if (inputs !== props.inputs) {
    // Adjusting state while rendering (React's pattern for a prop change): no extra commit.
    setInputs(props.inputs)
    status.inputChanged()
  }
  const parsed = validateAmount(text, props.checks)
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!parsed.ok) return setError(parsed.message)
    setError(undefined)
    const final = await props.onSubmit(parsed.value)
    if (final.phase === 'confirmed') setText('')
  }
  const change = (v: string) => {
    setText(v)
    if (error) setError(undefined)
    status.inputChanged()
  }
  return (
    <form aria-label={props.name} noValidate onSubmit={submit} className="flex flex-col gap-3">
      <AmountFieldRow {...props} text={text} error={error} onChange={change} />
      {error ? null : <AmountReading parsed={parseZeroGAmount(text)} />}
      {props.note?.(parsed.ok ? parsed.value : undefined)}
      <RequireWallet>
        {(isOk, reason) => {
          const why = reason ?? props.disabledReason
          return (
            <div className="flex flex-wrap items-center gap-3">
              <Button
                type="submit"
                disabled={!isOk || Boolean(props.disabledReason) || props.isBusy}
              >
                {props.submitLabel}
              </Button>
              {why ? <span className="text-xs text-muted">{why}</span> : null}
            </div>
          )
        }}
      </RequireWallet>
      {status.visible ? <TxStatus state={props.state} onRetry={props.onRetry} /> : null}
    </form>
  )
}

function AmountFieldRow(
  p: AmountFormProps & { text: string; error?: string; onChange: (v: string) => void },
) {
  return (
    <AmountField
      label={p.fieldLabel}
      value={p.text}
      onChange={p.onChange}
      error={p.error}
      hint={p.hint}
      actions={p.presets?.map((preset) => (
        <Button
          key={preset.label}
          size="sm"
          variant="ghost"
          onClick={() => p.onChange(preset.value)}
        >
          {preset.label}
        </Button>
      ))}
    />
  )
}
