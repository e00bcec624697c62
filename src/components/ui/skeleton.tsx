import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/** A pulsing placeholder block; size it with classes to match the final layout. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn('animate-pulse rounded-md bg-surface-hover', className)}
      {...props}
    />
  )
}
