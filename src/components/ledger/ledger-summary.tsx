import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'
import { ledgerBreakdown } from '@/lib/ledger/ledger-breakdown'
import { BalanceStat } from './balance-stat'
import { LedgerBreakdownList } from './ledger-breakdown-list'
import { SettlementNote } from './settlement-note'

interface LedgerSummaryProps {
  overview: LedgerOverview
  walletBalance: bigint | undefined
  isFetching: boolean
  /** Reads the balances again now (they also refresh on focus and on each newer block). */
  onRefresh: () => void
}

/** Wallet balance and the ledger's total / available / locked, read at one block. */
export function LedgerSummary({
  overview,
  walletBalance,
  isFetching,
  onRefresh,
}: LedgerSummaryProps) {
  const { ledger } = overview
  return (
    <Card aria-label="Balances" className="flex flex-col gap-4 p-5">
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">Balances</h2>
        <span className="flex items-center gap-2 text-xs text-muted">
          <span role="status">
            {overview.fromCache
              ? `Saved in this browser, as of block ${overview.blockNumber}${isFetching ? ', refreshing…' : ''}`
              : isFetching
                ? 'Refreshing…'
                : `Read at block ${overview.blockNumber}`}
          </span>
          <Button variant="ghost" size="sm" onClick={onRefresh} disabled={isFetching}>
            Refresh
          </Button>
        </span>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <BalanceStat label="Wallet" value={walletBalance} />
        <BalanceStat label="Ledger total" value={ledger?.total ?? 0n} />
        <BalanceStat
          label="Available"
          value={ledger?.available ?? 0n}
          hint="Can be transferred or refunded"
        />
        <BalanceStat label="Locked in providers" value={ledger?.locked ?? 0n} />
      </dl>
      {ledger ? <LedgerBreakdownList breakdown={ledgerBreakdown(overview)} /> : null}
      <SettlementNote />
    </Card>
  )
}
