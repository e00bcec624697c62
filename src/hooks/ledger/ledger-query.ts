/**
 * Reads the connected wallet's ledger, every inference sub-account and the refund lock time, all at
 * one block, as one query (`ledgerKeys.overview`). A missing ledger is `ledger: null`, not an error.
 */
import { queryOptions } from '@tanstack/react-query'
import { BaseError, ContractFunctionRevertedError, type Address, type PublicClient } from 'viem'
import type { SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import type { LedgerOverview, SubAccount } from '@/lib/ledger/ledger-types'

type Client = Pick<PublicClient, 'readContract' | 'getBlock'>
const PAGE = 50n

/** Query keys of ledger data; always carry the chain id and the user. */
export const ledgerKeys = {
  all: ['ledger'] as const,
  overview: (chainId: number, user: Address) =>
    [...ledgerKeys.all, 'overview', { chainId, user }] as const,
}

function isLedgerMissing(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  const revert = error.walk((e) => e instanceof ContractFunctionRevertedError)
  return (
    revert instanceof ContractFunctionRevertedError && revert.data?.errorName === 'LedgerNotExists'
  )
}

/** Fetches the overview of `user` on `chainId` at the latest block. */
export async function fetchLedgerOverview(
  client: Client,
  chainId: SupportedChainId,
  user: Address,
): Promise<LedgerOverview> {
  const ledgerContract = getContract('ledger', chainId)
  const inference = getContract('inference', chainId)
  const block = await client.getBlock({ blockTag: 'latest' })
  const blockNumber = block.number
  const ledger = await client
    .readContract({ ...ledgerContract, functionName: 'getLedger', args: [user], blockNumber })
    .then((l) => ({
      total: l.totalBalance,
      available: l.availableBalance,
      locked: l.totalBalance - l.availableBalance,
    }))
    .catch((error: unknown) => {
      if (isLedgerMissing(error)) return null
      throw error
    })
  const accounts: SubAccount[] = []
  for (let page = 0; page < 20; page++) {
    const [items, total] = await client.readContract({
      ...inference,
      functionName: 'getAccountsByUser',
      args: [user, BigInt(accounts.length), PAGE],
      blockNumber,
    })
    accounts.push(
      ...items.map((a) => ({
        provider: a.provider,
        balance: a.balance,
        pendingRefund: a.pendingRefund,
        refunds: a.refunds.map((r) => ({ ...r })),
        acknowledged: a.acknowledged,
        nonce: a.nonce,
      })),
    )
    if (items.length === 0 || BigInt(accounts.length) >= total) break
  }
  const lockTime = await client.readContract({
    ...inference,
    functionName: 'lockTime',
    blockNumber,
  })
  return { ledger, accounts, lockTime, chainTime: block.timestamp, blockNumber, readAt: Date.now() }
}

/** `queryOptions` for the overview; disabled until there is a user and a client. */
export function ledgerOverviewQueryOptions(
  client: Client | undefined,
  chainId: SupportedChainId,
  user: Address | undefined,
) {
  // The client is derived from chainId (one public client per configured chain).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ledgerKeys.overview(chainId, user ?? '0x'),
    queryFn: () => {
      if (!client || !user) throw new Error('No wallet connected')
      return fetchLedgerOverview(client, chainId, user)
    },
    enabled: Boolean(client && user),
  })
}
