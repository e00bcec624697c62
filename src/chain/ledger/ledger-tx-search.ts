/**
 * Finds the user's calls to the LedgerManager made by any client (the ledger emits no event for
 * creating, funding or refunding a ledger): from the network's block explorer API where one is
 * configured (0G Mainnet and Galileo: chainscan), else from the node's own transaction search
 * (`ots_searchTransactionsBefore`, which anvil and Otterscan-enabled nodes offer). Where neither
 * exists the answer says so and the History card tells the user.
 */
import { queryOptions } from '@tanstack/react-query'
import { RpcRequestError, BaseError, type Address, type PublicClient } from 'viem'
import { fetchExplorerTxs } from '@/api/explorer-txs'
import { getSupportedChain } from '@/config/chains'
import type { SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import { MAX_FOUND, parseOtsPage, type FoundTx } from '@/lib/ledger/found-tx'
import type { HistoryEntry } from '@/lib/ledger/history'
import { ledgerCallEntry } from './ledger-calls'

/** Transactions per page of the node search, and how many pages are read at most. */
const OTS_PAGE = 25
const OTS_MAX_PAGES = 8

export type LedgerCallSearch =
  | {
      source: 'node' | 'explorer'
      entries: HistoryEntry[]
      /** false when the search stopped before the wallet's first transaction */
      complete: boolean
    }
  | { source: 'none'; entries: HistoryEntry[]; complete: false }

type Client = Pick<PublicClient, 'request'>

function isUnsupported(error: unknown): boolean {
  const rpc = error instanceof BaseError ? error.walk((e) => e instanceof RpcRequestError) : null
  if (rpc instanceof RpcRequestError && rpc.code === -32601) return true
  const text = error instanceof Error ? error.message : String(error)
  return /method .*(not found|not supported|does not exist|not available)|unsupported method/i.test(
    text,
  )
}

/** The user's newest transactions from the node's search, newest first; null when unsupported. */
async function searchNode(
  client: Client,
  user: Address,
): Promise<{ txs: FoundTx[]; complete: boolean } | null> {
  const txs = new Map<string, FoundTx>()
  let before = 0n // 0: from the latest block
  for (let page = 0; page < OTS_MAX_PAGES; page++) {
    let raw: unknown
    try {
      raw = await client.request({
        method: 'ots_searchTransactionsBefore',
        params: [user, Number(before), OTS_PAGE],
      } as never)
    } catch (error) {
      if (page === 0 && isUnsupported(error)) return null
      throw error
    }
    const { txs: found, lastPage } = parseOtsPage(raw)
    for (const tx of found) txs.set(tx.hash, tx)
    const oldest = found.reduce<bigint | null>(
      (min, t) => (min === null || t.blockNumber < min ? t.blockNumber : min),
      null,
    )
    if (lastPage || oldest === null || oldest <= 1n)
      return { txs: [...txs.values()], complete: true }
    before = oldest
  }
  return { txs: [...txs.values()], complete: false }
}

/** Searches the user's ledger calls on `chainId` (see the file comment for the sources). */
export async function fetchLedgerCalls(
  client: Client,
  chainId: SupportedChainId,
  user: Address,
  explorerApiUrl = getSupportedChain(chainId)?.blockExplorers?.default.apiUrl,
): Promise<LedgerCallSearch> {
  const ledger = getContract('ledger', chainId).address
  const toEntries = (txs: FoundTx[], source: 'node' | 'explorer') =>
    txs.flatMap((tx) => ledgerCallEntry(tx, ledger, user, source) ?? [])
  if (explorerApiUrl) {
    const txs = await fetchExplorerTxs(explorerApiUrl, user)
    return {
      source: 'explorer',
      entries: toEntries(txs, 'explorer'),
      complete: txs.length < MAX_FOUND,
    }
  }
  const node = await searchNode(client, user)
  if (!node) return { source: 'none', entries: [], complete: false }
  return { source: 'node', entries: toEntries(node.txs, 'node'), complete: node.complete }
}

/** `queryOptions` for the search; disabled until there is a user and a client. */
export function ledgerCallsQueryOptions(
  client: Client | undefined,
  chainId: SupportedChainId,
  user: Address | undefined,
) {
  // The client is derived from chainId (one public client per configured chain).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['ledger', 'calls', { chainId, user: user ?? '0x' }] as const,
    queryFn: () => {
      if (!client || !user) throw new Error('No wallet connected')
      return fetchLedgerCalls(client, chainId, user)
    },
    enabled: Boolean(client && user),
    retry: false,
  })
}
