/**
 * The local estimate of unsettled usage for when a provider does not answer: fees recorded in this
 * browser for the provider minus what the provider has settled on chain (FundSpent in its
 * settlement transactions), floored at 0.
 */
import type { Address } from 'viem'
import type { UsageRecord } from '../usage-record'
import type { HistoryEntry } from './history'

/** Local fees for `provider` minus its settled fees; never negative. */
export function localUnsettled(
  provider: Address,
  records: readonly UsageRecord[],
  history: readonly HistoryEntry[],
): bigint {
  const p = provider.toLowerCase()
  const used = records
    .filter((r) => r.provider.toLowerCase() === p)
    .reduce((s, r) => s + BigInt(r.fee), 0n)
  const settled = history
    .filter((e) => e.kind === 'fund-spent' && e.provider?.toLowerCase() === p)
    .reduce((s, e) => s + (e.amount ?? 0n), 0n)
  return used > settled ? used - settled : 0n
}
