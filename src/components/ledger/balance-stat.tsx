import { formatZeroG } from '@/lib/format'

interface BalanceStatProps {
  label: string
  value: bigint | undefined
  hint?: string
}

/** One labelled balance, exact in 0G ("—" while unknown). */
export function BalanceStat({ label, value, hint }: BalanceStatProps) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-mono text-lg" aria-label={label}>
        {value === undefined ? '—' : `${formatZeroG(value, { group: true })} 0G`}
      </dd>
      {hint ? <dd className="text-xs text-muted">{hint}</dd> : null}
    </div>
  )
}
