import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/** A bordered surface for a section of a page. */
export function Card({ className, ...props }: ComponentProps<'section'>) {
  return (
    <section
      data-slot="card"
      className={cn('rounded-lg border border-border bg-surface-raised', className)}
      {...props}
    />
  )
}
