/** Builds the retrieve proposals (one provider, all, matured only) from the sub-accounts. */
import type { SubAccount } from '@/lib/ledger/ledger-types'
import { maturedRefunds, retrievable } from '@/lib/ledger/refunds'
import type { RetrievePlan } from './retrieve-confirm'

/** At most this many providers per retrieveFund call (contract limit). */
export const MAX_RETRIEVE_PROVIDERS = 20

/** A plan for `accounts`, or undefined when there is nothing to retrieve or collect. */
export function retrievePlan(
  accounts: readonly SubAccount[],
  lockTime: bigint,
  now: bigint,
  label: string,
  onlyMatured = false,
): RetrievePlan | undefined {
  const chosen = accounts
    .filter((a) =>
      onlyMatured
        ? maturedRefunds(a, lockTime, now) > 0n
        : retrievable(a) > 0n || maturedRefunds(a, lockTime, now) > 0n,
    )
    .slice(0, MAX_RETRIEVE_PROVIDERS)
  if (chosen.length === 0) return undefined
  return {
    label,
    providers: chosen.map((a) => a.provider),
    starting: chosen.reduce((s, a) => s + retrievable(a), 0n),
    collecting: chosen.reduce((s, a) => s + maturedRefunds(a, lockTime, now), 0n),
  }
}
