import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { useFieldControl } from './field'

/**
 * The look shared by Input, Select and Textarea: 40 px tall single-line controls (a touch target),
 * a danger border while `aria-invalid`. Callers add widths and `font-mono`, never another height,
 * background or text size (`cn` does not resolve conflicting utilities).
 */
export const controlClass = cn(
  'rounded-md border border-border bg-surface text-sm text-foreground placeholder:text-muted/70',
  'focus-visible:border-accent focus-visible:ring-1 focus-visible:ring-accent focus-visible:outline-none',
  'aria-invalid:border-danger disabled:cursor-not-allowed disabled:opacity-50',
)

/** A text input (type defaults to "text"); inside a Field it takes the Field's id and messages. */
export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  const control = useFieldControl(props)
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(controlClass, 'h-10 min-w-0 px-3', className)}
      {...control}
    />
  )
}
