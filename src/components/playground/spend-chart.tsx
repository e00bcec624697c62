import { formatZeroG } from '@/lib/format'
import { shareOfMax, type SpendBucket } from '@/lib/playground/spend'

/** A horizontal bar chart of spend buckets (HTML bars, exact labels). */
export function SpendChart({ title, buckets }: { title: string; buckets: SpendBucket[] }) {
  const max = buckets.reduce((m, b) => (b.total > m ? b.total : m), 0n)
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      {buckets.length === 0 ? (
        <p className="text-sm text-muted">
          No spend recorded yet: send a request on any tab and its cost shows here.
        </p>
      ) : null}
      <ul className="flex flex-col gap-1">
        {buckets.map((b) => (
          <li key={b.key} className="grid grid-cols-[8rem_1fr_auto] items-center gap-2 text-xs">
            <span className="truncate text-muted">{b.label}</span>
            <span className="h-3 rounded bg-surface-hover">
              <span
                className="block h-3 rounded bg-accent"
                style={{ width: `${shareOfMax(b.total, max) / 10}%` }}
              />
            </span>
            <span>
              {formatZeroG(b.total)} 0G · {b.count}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
