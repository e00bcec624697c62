import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { Badge } from './badge'

export interface StepProps {
  n: number
  title: string
  /** Set as `data-state`; `done` ticks the badge green, `busy` marks it in progress. */
  state: string
  /** The state in words, on the badge. */
  stateText: string
  /** Also say the state in the accessible name ("Step 1: Connect a wallet, to do"). */
  nameWithState?: boolean
  /** The item's own layout (a row in a list, a card in a row). */
  className?: string
  children?: ReactNode
}

/** One numbered step of a guide, an `<li>` for an `<ol>`: "n. title", a badge with its state, then its body. */
export function Step({
  n,
  title,
  state,
  stateText,
  nameWithState = false,
  className,
  children,
}: StepProps) {
  return (
    <li
      aria-label={`Step ${n}: ${title}${nameWithState ? `, ${stateText.toLowerCase()}` : ''}`}
      data-state={state}
      className={cn('flex flex-col', className)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">
          {n}. {title}
        </span>
        <Badge tone={state === 'done' ? 'success' : state === 'busy' ? 'accent' : 'neutral'}>
          {state === 'done' ? '✓ ' : ''}
          {stateText}
        </Badge>
      </div>
      {children}
    </li>
  )
}
