import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { CopyButton } from './copy-button'

interface CodeBlockProps {
  /** Shown above the code and its accessible name (`getByLabel(title)`). */
  title: string
  /** The code, as plain text: what is shown (unless `children`) and what Copy copies. */
  code: string
  /** The copy button reads "Copy <copyWhat>" (default: the title). */
  copyWhat?: string
  /** `code` rendered another way (highlighted spans); it must read as `code`. */
  children?: ReactNode
  className?: string
}

/** A titled block of code as text (never HTML), scrollable, with a copy button. */
export function CodeBlock({ title, code, copyWhat = title, children, className }: CodeBlockProps) {
  return (
    <figure
      data-slot="code-block"
      className={cn('flex min-w-0 flex-col rounded-md border border-border bg-surface', className)}
    >
      <figcaption className="flex items-center justify-between gap-2 border-b border-border py-1 pr-1 pl-3 text-xs font-medium text-muted">
        <span className="min-w-0 truncate">{title}</span>
        <CopyButton text={code} what={copyWhat} variant="ghost" />
      </figcaption>
      {/* Focusable so a keyboard can scroll a block wider or taller than its box (WCAG 2.1.1). */}
      <pre
        aria-label={title}
        role="region"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
        tabIndex={0}
        className="max-h-96 overflow-auto p-3 font-mono text-xs whitespace-pre"
      >
        <code>{children ?? code}</code>
      </pre>
    </figure>
  )
}
