/** The two-sentence explanation of delayed settlement, shown wherever balances are. */
export function SettlementNote() {
  return (
    <p className="max-w-3xl text-xs text-muted">
      Providers charge your sub-account in batches, so a response you already received may be paid
      for minutes later. “Spendable now” subtracts that unsettled usage and the 1 0G a provider
      keeps locked, so it is what you can actually use.
    </p>
  )
}
