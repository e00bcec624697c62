/**
 * Reads the connected wallet's ledger, every inference sub-account, its fine-tuning sub-accounts
 * (first 50) and the refund lock time, all at one block, as one query (`ledgerKeys.overview`). A missing ledger is `ledger: null`, not an error.
 */
import { queryOptions } from '@tanstack/react-query'
import {
  BaseError,
  ContractFunctionRevertedError,
  type Address,
  type ContractFunctionReturnType,
  type PublicClient,
} from 'viem'
import type { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import type { SupportedChainId } from '@/contracts/addresses'
import { getReadContract } from '@/contracts/reads'
import type { LedgerOverview, SubAccount } from '@/lib/ledger/ledger-types'

type Client = Pick<PublicClient, 'readContract' | 'getBlock'>
type AccountItem = ContractFunctionReturnType<
  typeof inferenceServingAbi,
  'view',
  'getAccountsByUser'
>[0][number]
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
  const ledgerContract = getReadContract('ledger', chainId)
  const inference = getReadContract('inference', chainId)
  // Loaded while the block is read, so the fine-tuning read goes out with the others.
  const fineTuningModule = import('@/contracts/fine-tuning-contract')
  const block = await client.getBlock({ blockTag: 'latest' })
  const blockNumber = block.number
  const mapAccount = (a: AccountItem): SubAccount => ({
    provider: a.provider,
    balance: a.balance,
    pendingRefund: a.pendingRefund,
    refunds: a.refunds.map((r) => ({ ...r })),
    acknowledged: a.acknowledged,
    nonce: a.nonce,
  })
  const accountsPage = (offset: number) =>
    client.readContract({
      ...inference,
      functionName: 'getAccountsByUser',
      args: [user, BigInt(offset), PAGE],
      blockNumber,
    })
  // Fine-tuning sub-accounts hold ledger funds too (the ledger's locked total includes them).
  // Their contract's ABI is loaded with the read (it is not first-screen code); a failed read is
  // null, shown as "could not be read", never as zero.
  const fineTuningRead = fineTuningModule
    .then(({ getFineTuningContract }) =>
      client.readContract({
        ...getFineTuningContract(chainId),
        functionName: 'getAccountsByUser',
        args: [user, 0n, PAGE],
        blockNumber,
      }),
    )
    .then(([items]) =>
      items.map((a): SubAccount => ({
        provider: a.provider,
        balance: a.balance,
        pendingRefund: a.pendingRefund,
        refunds: [],
        acknowledged: a.acknowledged,
        nonce: a.nonce,
      })),
    )
    .catch(() => null)
  // Issued together: one batched eth_call where the chain has Multicall3, else parallel calls.
  const [ledger, firstPage, lockTime, fineTuningAccounts] = await Promise.all([
    client
      .readContract({ ...ledgerContract, functionName: 'getLedger', args: [user], blockNumber })
      .then((l) => ({
        total: l.totalBalance,
        available: l.availableBalance,
        locked: l.totalBalance - l.availableBalance,
      }))
      .catch((error: unknown) => {
        if (isLedgerMissing(error)) return null
        throw error
      }),
    accountsPage(0),
    client.readContract({ ...inference, functionName: 'lockTime', blockNumber }),
    fineTuningRead,
  ])
  const accounts: SubAccount[] = firstPage[0].map(mapAccount)
  // More than one page of providers is rare: the rest are read one after another.
  for (let page = 1; page < 20; page++) {
    if (firstPage[0].length === 0 || BigInt(accounts.length) >= firstPage[1]) break
    const [items] = await accountsPage(accounts.length)
    if (items.length === 0) break
    accounts.push(...items.map(mapAccount))
  }
  return {
    ledger,
    accounts,
    fineTuningAccounts,
    lockTime,
    chainTime: block.timestamp,
    blockNumber,
    readAt: Date.now(),
  }
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
