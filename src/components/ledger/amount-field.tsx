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
}

/** A 0G amount input: text (exact decimals, no float spinner), error and hint tied by aria. */
export function AmountField({ label, value, onChange, error, hint, disabled }: AmountFieldProps) {
  return (
    <Field label={label} labelStyle="strong" error={error} help={hint}>
      <div className="flex items-center gap-2">
        <Input
          inputMode="decimal"
          autoComplete="off"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          className="w-48 font-mono"
        />
        <span className="text-sm text-muted">0G</span>
      </div>
    </Field>
  )
}
