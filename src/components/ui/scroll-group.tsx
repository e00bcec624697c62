import type { ReactNode } from 'react'

interface ScrollGroupProps {
  /** The accessible name, e.g. "History entries, scrollable". */
  label: string
  /** Its size and overflow (`max-h-96 overflow-auto`, `overflow-x-auto`). */
  className: string
  children: ReactNode
}

/**
 * A box that scrolls what does not fit (a wide or long table), focusable so a keyboard can scroll
 * it (WCAG 2.1.1; axe scrollable-region-focusable), named as a group.
 */
export function ScrollGroup({ label, className, children }: ScrollGroupProps) {
  return (
    <div
      role="group"
      aria-label={label}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
      tabIndex={0}
      className={className}
    >
      {children}
    </div>
  )
}
