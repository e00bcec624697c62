import { cn } from '@/lib/cn'
import { CHAIN_TEXT_MAX, capText, stripBidi } from '@/lib/untrusted-text'

interface ChainTextProps {
  /** The untrusted string (from chain or a provider). */
  value: string
  /** Characters shown at most before "…" (default: the catalog's 200). */
  max?: number
  /** Wrap anywhere instead of truncating to one line with an ellipsis (headings). */
  wrap?: boolean
  /** Shown when `value` is empty. */
  empty?: string
  className?: string
}

/**
 * An untrusted string as inert text: bidi controls stripped and the text isolated (`<bdi>`) so it
 * cannot reorder what follows, capped at `max` characters, truncated by CSS to its box (or wrapped
 * anywhere), with the full value (bidi stripped) on hover.
 */
export function ChainText({
  value,
  max = CHAIN_TEXT_MAX,
  wrap = false,
  empty = '',
  className,
}: ChainTextProps) {
  const full = stripBidi(value)
  // A fixed max-width from the caller replaces max-w-full: a percentage does not cap the
  // min-content width a fieldset or an auto table column asks of this box, a length does.
  const fixedWidth = className?.includes('max-w-')
  return (
    <bdi
      title={full || undefined}
      className={cn(
        wrap ? '[overflow-wrap:anywhere] break-all' : 'inline-block min-w-0 truncate align-bottom',
        !wrap && !fixedWidth && 'max-w-full',
        className,
      )}
    >
      {capText(full, max) || empty}
    </bdi>
  )
}
