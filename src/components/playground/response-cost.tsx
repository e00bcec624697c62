import { formatZeroG } from '@/lib/format'
import { TestId } from '@/lib/test-ids'

/** The exact cost of one response in 0G, with what it was for. */
export function ResponseCost({ fee, detail }: { fee?: string; detail?: string }) {
  if (fee === undefined)
    return <span className="text-xs text-muted">cost unknown (no usage reported)</span>
  return (
    <span data-testid={TestId.ResponseCost} className="text-xs text-muted">
      <span className="whitespace-nowrap">{formatZeroG(BigInt(fee))} 0G</span>
      {detail ? ` · ${detail}` : ''}
    </span>
  )
}
