import { formatZeroG } from '@/lib/format'
import { formatDuration } from '@/lib/ledger/refunds'

interface RefundCountdownProps {
  refunds: { index: bigint; amount: bigint; secondsLeft: bigint }[]
}

/** Each pending refund with its live unlock countdown ("ready" once collectable). */
export function RefundCountdown({ refunds }: RefundCountdownProps) {
  if (refunds.length === 0) return <span className="text-muted">—</span>
  return (
    <ul className="flex flex-col gap-0.5">
      {refunds.map((r) => (
        <li key={r.index.toString()} className="whitespace-nowrap">
          {formatZeroG(r.amount)} 0G{' '}
          {r.secondsLeft === 0n ? (
            <span className="text-success">ready to collect</span>
          ) : (
            <span className="text-muted">unlocks in {formatDuration(r.secondsLeft)}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
