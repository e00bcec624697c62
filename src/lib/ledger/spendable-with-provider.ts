/**
 * What a user can still spend with one provider: the sub-account's free balance (balance − pending
 * refund) minus the fees the provider has not settled yet, never below 0. The provider will settle
 * those fees from the same balance, so showing the free balance alone overstates what is left.
 */
export function spendableWithProvider(free: bigint, unsettled: bigint): bigint {
  if (free <= 0n) return 0n
  return unsettled >= free ? 0n : free - unsettled
}
