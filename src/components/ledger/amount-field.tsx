import { useId } from 'react'
import { cn } from '@/lib/cn'

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
  const id = useId()
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].join(' ').trim()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
          className={cn(
            'h-9 w-48 rounded-md border bg-surface px-3 font-mono text-sm',
            error ? 'border-danger' : 'border-border',
          )}
        />
        <span className="text-sm text-muted">0G</span>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
