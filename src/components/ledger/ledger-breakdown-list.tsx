import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import type { LedgerBreakdown } from '@/lib/ledger/ledger-breakdown'

/** "Ledger total = available + inference + fine-tuning + pending refunds", each exact. */
export function LedgerBreakdownList({ breakdown: b }: { breakdown: LedgerBreakdown }) {
  const parts = [
    ['Available in the ledger', b.available],
    ['In inference sub-accounts', b.inference],
    ['In fine-tuning sub-accounts', b.fineTuning],
    ['Pending refunds', b.pendingRefunds],
  ] as const
  return (
    <div className="flex flex-col gap-1 text-sm">
      <h3 className="text-xs font-medium text-muted">Where the ledger total is</h3>
      <dl aria-label="Ledger breakdown" className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5">
        {parts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd aria-label={label} className="text-right font-mono">
              {value === null ? 'could not be read' : <ZeroGAmount value={value} />}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted" data-testid="breakdown-check">
        {b.unaccounted === 0n ? (
          'These add up to the ledger total exactly.'
        ) : (
          <>
            <ZeroGAmount value={b.unaccounted} /> of the total is not accounted for here
            {b.fineTuning === null ? ' (fine-tuning sub-accounts could not be read)' : ''}.
          </>
        )}
      </p>
    </div>
  )
}
