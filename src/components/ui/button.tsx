import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

const variants = {
  primary: 'bg-accent-strong text-accent-foreground hover:bg-accent-strong/90',
  secondary: 'border border-border bg-surface-raised text-foreground hover:bg-surface-hover',
  ghost: 'text-muted hover:bg-surface-hover hover:text-foreground',
  danger: 'bg-danger-strong text-white hover:bg-danger-strong/90',
} as const

// Touch targets are at least 40 px on phones; `sm` is compact from the `sm` breakpoint up.
const sizes = {
  sm: 'h-10 px-3 text-sm sm:h-8',
  md: 'h-10 px-4 text-sm',
} as const

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof variants
  size?: keyof typeof sizes
}

/** A button primitive with variants; type defaults to "button". */
export function Button({ variant = 'primary', size = 'md', className, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      data-slot="button"
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
        'focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none',
        'disabled:pointer-events-none disabled:opacity-50',
        variants[variant],
        sizes[size],
        className,
      )}
      {...props}
    />
  )
}
