/**
 * The connected wallet's ledger overview saved in this browser per network and wallet, shown at
 * once on a returning visit ("saved at block N") while the fresh one is read
 * (`parseSavedOverview` checks it when read back).
 */
import type { Address } from 'viem'
import { readChainCache, writeChainCache } from '@/api/chain-cache-store'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'
import { parseSavedOverview } from '@/lib/ledger/saved-overview'

const key = (chainId: number, user: Address) => `overview:${chainId}:${user.toLowerCase()}`

/** The saved overview of `user` on `chainId`, checked, or null. */
export async function loadSavedOverview(
  chainId: number,
  user: Address,
): Promise<LedgerOverview | null> {
  return parseSavedOverview(await readChainCache(key(chainId, user)))
}

/** Saves an overview read from chain for the next visit (a saved copy is not saved again). */
export async function saveOverview(
  chainId: number,
  user: Address,
  overview: LedgerOverview,
): Promise<void> {
  if (overview.fromCache) return
  const { ledger, accounts, fineTuningAccounts, lockTime, chainTime, blockNumber, readAt } =
    overview
  await writeChainCache(key(chainId, user), {
    ledger,
    accounts,
    fineTuningAccounts,
    lockTime,
    chainTime,
    blockNumber,
    readAt,
  })
}
