import type { ParsedAmount } from '@/lib/amount'
import { formatZeroG } from '@/lib/format'
import { TestId } from '@/lib/test-ids'

/**
 * What a typed amount reads as, exactly, before any wallet opens ("Reads as 1500 0G"), so a typo
 * cannot silently become another amount. Shown only for valid input; errors have their own place.
 */
export function AmountReading({ parsed, id }: { parsed: ParsedAmount; id?: string }) {
  if (!parsed.ok) return null
  return (
    <p id={id} className="text-xs text-muted" data-testid={TestId.AmountReading} aria-live="polite">
      Reads as{' '}
      <span className="font-mono whitespace-nowrap text-foreground">
        {formatZeroG(parsed.value)} 0G
      </span>
    </p>
  )
}
