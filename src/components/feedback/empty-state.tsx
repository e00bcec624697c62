import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  children?: ReactNode
  testId?: string
}

/** A centred message for an empty list, with an optional call to action as children. */
export function EmptyState({ title, children, testId }: EmptyStateProps) {
  return (
    <div data-testid={testId} className="flex flex-col items-center gap-2 px-6 py-12 text-center">
      <p className="font-medium text-foreground">{title}</p>
      {children ? <div className="text-sm text-muted">{children}</div> : null}
    </div>
  )
}
