import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

interface SavedItemProps {
  testId: string
  /** The open one, highlighted. */
  current: boolean
  /** Its own layout (a row of actions). */
  className?: string
  children: ReactNode
}

/** A saved item of a playground history list (chats, transcripts); the open one stands out. */
export function SavedItem({ testId, current, className, children }: SavedItemProps) {
  return (
    <li
      data-testid={testId}
      className={cn(
        'rounded-md border border-transparent p-1',
        current && 'border-border bg-surface-hover',
        className,
      )}
    >
      {children}
    </li>
  )
}
