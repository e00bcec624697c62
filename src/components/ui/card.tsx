import type { ComponentProps, ReactNode } from 'react'
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

/** A card named by its heading (`id` is the heading's, for `aria-labelledby`), content below it. */
export function TitledCard({
  id,
  title,
  children,
}: {
  id: string
  title: ReactNode
  children: ReactNode
}) {
  return (
    <Card aria-labelledby={id} className="flex flex-col gap-3 p-4">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  )
}
