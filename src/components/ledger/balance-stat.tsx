import { ZeroGAmount } from '@/components/feedback/zero-g-amount'

interface BalanceStatProps {
  label: string
  value: bigint | undefined
  hint?: string
}

/**
 * One labelled balance, exact in 0G ("—" while unknown). A stat spans two grid columns below `lg`
 * (one stat a row on phones, two on tablets), and its figure scales with the stat's width (a
 * container query unit) so an 18-decimal balance fits on one line without overlapping its
 * neighbour.
 */
export function BalanceStat({ label, value, hint }: BalanceStatProps) {
  return (
    <div className="@container col-span-2 flex min-w-0 flex-col gap-0.5 lg:col-span-1">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-mono text-[length:min(1.125rem,5.2cqi)]" aria-label={label}>
        <ZeroGAmount value={value} group />
      </dd>
      {hint ? <dd className="text-xs text-muted">{hint}</dd> : null}
    </div>
  )
}
