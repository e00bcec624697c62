import type { ReactNode } from 'react'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

interface AmountFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** Validation message shown next to the field (and announced). */
  error?: string
  hint?: string
  disabled?: boolean
  /** Buttons that act on this field (e.g. "All available"), kept in the field's row. */
  actions?: ReactNode
}

/**
 * A 0G amount input: text (exact decimals, no float spinner), error and hint tied by aria; its
 * `actions` sit in the input's row, above the hint and error.
 */
export function AmountField(p: AmountFieldProps) {
  const { label, value, onChange, error, hint, disabled } = p
  return (
    <Field label={label} labelStyle="strong" error={error} help={hint}>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          inputMode="decimal"
          autoComplete="off"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          className="w-40 max-w-[calc(100%-2.5rem)] font-mono sm:w-48"
        />
        <span className="text-sm text-muted">0G</span>
        {p.actions}
      </div>
    </Field>
  )
}
