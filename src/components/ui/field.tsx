import { createContext, use, useId, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

interface FieldState {
  id: string
  describedBy: string | undefined
  invalid: boolean
}

const FieldContext = createContext<FieldState | null>(null)

interface ControlProps {
  id?: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling'
}

/**
 * A control's props with the enclosing Field's id (the label points at it: set it on the Field),
 * description (error, help) and validity filled in; the control's own `aria-invalid` wins, its own
 * `aria-describedby` is appended.
 */
export function useFieldControl<P extends ControlProps>(props: P): P {
  const field = use(FieldContext)
  if (!field) return props
  const describedBy = [field.describedBy, props['aria-describedby']].filter(Boolean).join(' ')
  return {
    ...props,
    id: field.id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': props['aria-invalid'] ?? field.invalid,
  }
}

const labelStyles = {
  /** A caption above a control in a toolbar or panel. */
  muted: 'text-xs text-muted',
  /** A form's own field. */
  strong: 'text-sm font-medium',
  /** Reads as part of a sentence with the control (`inline`). */
  plain: 'text-sm',
} as const

export interface FieldProps {
  label: ReactNode
  /** The control's id (default: a generated one). */
  id?: string
  /** A hint under the control, tied to it with aria-describedby. */
  help?: ReactNode
  /** A validation message (role=alert), tied to the control; marks it aria-invalid. */
  error?: ReactNode
  /** Label, control and messages on one line (wrapping), instead of stacked. */
  inline?: boolean
  labelStyle?: keyof typeof labelStyles
  className?: string
  /** The control (Input, Select, Textarea), possibly with text around it. */
  children: ReactNode
}

/**
 * A label for one control, with optional help and error text: the Input, Select or Textarea inside
 * gets the label's id, `aria-describedby` naming the error and help, and `aria-invalid` while
 * there is an error.
 */
export function Field({
  id: fixedId,
  label,
  help,
  error,
  inline = false,
  labelStyle = 'muted',
  className,
  children,
}: FieldProps) {
  const generatedId = useId()
  const id = fixedId ?? generatedId
  const errorId = error ? `${id}-error` : undefined
  const helpId = help ? `${id}-help` : undefined
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined
  return (
    <FieldContext value={{ id, describedBy, invalid: Boolean(error) }}>
      <div
        data-slot="field"
        className={cn(
          // Never wider than its container: a select's longest option must not widen a phone page.
          'max-w-full min-w-0',
          inline ? 'flex flex-wrap items-center gap-2' : 'flex flex-col gap-1',
          className,
        )}
      >
        <label htmlFor={id} className={labelStyles[labelStyle]}>
          {label}
        </label>
        {children}
        {error ? (
          <p id={errorId} role="alert" className="text-xs text-danger">
            {error}
          </p>
        ) : null}
        {help ? (
          <p id={helpId} className="text-xs text-muted">
            {help}
          </p>
        ) : null}
      </div>
    </FieldContext>
  )
}
