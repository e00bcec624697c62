/**
 * Chain events about one user, read in block chunks over a recent window: BalanceUpdated,
 * RefundRequested, AccountDeleted and TEESettlementResult (InferenceServing) and FundSpent
 * (LedgerManager). Settlements are attributed to the provider that sent them; a refund's amount is
 * read from the sub-account's refund record at the block that started it.
 */
import { queryOptions } from '@tanstack/react-query'
import {
  formatLog,
  getAbiItem,
  numberToHex,
  pad,
  parseEventLogs,
  toEventSelector,
  type Address,
  type Hash,
  type PublicClient,
  type RpcLog,
} from 'viem'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import type { SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import { zeroGText } from '@/lib/format'
import type { HistoryEntry } from '@/lib/ledger/history'

/** How far back history reads (blocks), and the chunk size public RPCs accept. */
export const HISTORY_WINDOW = 200_000n
const CHUNK = 50_000n

/** The reads history needs (a lean client is enough). */
type HistoryClient = Pick<
  PublicClient,
  'request' | 'getBlockNumber' | 'getTransaction' | 'getBlock' | 'readContract'
>

type Log = { blockNumber: bigint | null; transactionHash: Hash | null; logIndex: number | null }

/** The events history reads; in every one of them the user is the first indexed topic. */
const historyAbi = [
  getAbiItem({ abi: inferenceServingAbi, name: 'BalanceUpdated' }),
  getAbiItem({ abi: inferenceServingAbi, name: 'RefundRequested' }),
  getAbiItem({ abi: inferenceServingAbi, name: 'AccountDeleted' }),
  getAbiItem({ abi: inferenceServingAbi, name: 'TEESettlementResult' }),
  getAbiItem({ abi: ledgerManagerAbi, name: 'FundSpent' }),
] as const
const historyTopics = historyAbi.map((e) => toEventSelector(e))

/**
 * One `eth_getLogs` per block chunk for all five events of both contracts (topic0 any of the
 * five, topic1 the user); a log is kept only if the contract that emitted it declares the event.
 */
async function readUserLogs(
  client: HistoryClient,
  addresses: { inference: Address; ledger: Address },
  user: Address,
  fromBlock: bigint,
  toBlock: bigint,
) {
  const raw = await client.request({
    method: 'eth_getLogs',
    params: [
      {
        address: [addresses.inference, addresses.ledger],
        fromBlock: numberToHex(fromBlock),
        toBlock: numberToHex(toBlock),
        topics: [historyTopics, pad(user)],
      },
    ],
  })
  const logs = (raw as RpcLog[]).map((l) => formatLog(l))
  const from = (a: Address) => logs.filter((l) => l.address.toLowerCase() === a.toLowerCase())
  const inference = from(addresses.inference)
  const parse = <N extends (typeof historyAbi)[number]['name']>(list: typeof logs, eventName: N) =>
    parseEventLogs({ abi: historyAbi, logs: list, eventName })
  return {
    balances: parse(inference, 'BalanceUpdated'),
    refunds: parse(inference, 'RefundRequested'),
    deleted: parse(inference, 'AccountDeleted'),
    settlements: parse(inference, 'TEESettlementResult'),
    spent: parse(from(addresses.ledger), 'FundSpent'),
  }
}

/** Reads and describes the events; `at` is the block's chain time. */
export async function fetchChainHistory(
  client: HistoryClient,
  chainId: SupportedChainId,
  user: Address,
): Promise<HistoryEntry[]> {
  const inference = getContract('inference', chainId)
  const ledger = getContract('ledger', chainId)
  const latest = await client.getBlockNumber({ cacheTime: 0 })
  const start = latest > HISTORY_WINDOW ? latest - HISTORY_WINDOW : 0n
  const entries: Omit<HistoryEntry, 'at'>[] = []
  const settledBy = new Map<Hash, Address>()
  /** refund-requested rows: the refund record's index, to read its amount at that block */
  const refundIndex = new Map<Omit<HistoryEntry, 'at'>, bigint>()
  // Every chunk at once (one round trip), not one after another.
  const ranges: { fromBlock: bigint; toBlock: bigint }[] = []
  for (let from = start; from <= latest; from += CHUNK)
    ranges.push({
      fromBlock: from,
      toBlock: from + CHUNK - 1n > latest ? latest : from + CHUNK - 1n,
    })
  const chunks = await Promise.all(
    ranges.map((range) =>
      readUserLogs(
        client,
        { inference: inference.address, ledger: ledger.address },
        user,
        range.fromBlock,
        range.toBlock,
      ),
    ),
  )
  for (const { balances, refunds, deleted, settlements, spent } of chunks) {
    const base = (log: Log, kind: string) => ({
      id: `chain:${log.transactionHash}:${log.logIndex}`,
      kind,
      hash: log.transactionHash ?? undefined,
      blockNumber: log.blockNumber ?? undefined,
      source: 'chain' as const,
    })
    for (const l of balances)
      entries.push({
        ...base(l, 'balance-updated'),
        provider: l.args.provider,
        amount: l.args.amount,
        detail: `Balance ${zeroGText(l.args.amount ?? 0n)}, refunding ${zeroGText(l.args.pendingRefund ?? 0n)}`,
      })
    for (const l of refunds) {
      const entry = {
        ...base(l, 'refund-requested'),
        provider: l.args.provider,
        detail: `Refund #${l.args.index} started`,
      }
      if (l.args.index !== undefined) refundIndex.set(entry, l.args.index)
      entries.push(entry)
    }
    for (const l of deleted)
      entries.push({
        ...base(l, 'account-deleted'),
        provider: l.args.provider,
        amount: l.args.refundedAmount,
        detail: `Closed, ${zeroGText(l.args.refundedAmount ?? 0n)} returned`,
      })
    for (const l of settlements)
      entries.push({
        ...base(l, 'settlement'),
        detail: `Settlement status ${l.args.status}, unsettled ${zeroGText(l.args.unsettledAmount ?? 0n)}`,
      })
    for (const l of spent)
      entries.push({
        ...base(l, 'fund-spent'),
        amount: l.args.amount,
        detail: `Paid ${zeroGText(l.args.amount ?? 0n)} in fees`,
      })
  }
  // Settlement events carry no provider: it is the sender of the settling transaction. Senders,
  // refund amounts and block times are read together (one round trip).
  const settleTxs = [
    ...new Set(
      entries.filter((e) => e.kind === 'settlement' || e.kind === 'fund-spent').map((e) => e.hash!),
    ),
  ]
  const times = new Map<bigint, number>()
  const blocks = [...new Set(entries.map((e) => e.blockNumber!))]
  await Promise.all([
    ...settleTxs.map(async (h) =>
      settledBy.set(h, (await client.getTransaction({ hash: h })).from),
    ),
    ...blocks.map(async (n) =>
      times.set(n, Number((await client.getBlock({ blockNumber: n })).timestamp) * 1000),
    ),
    // The event carries no amount: it is in the sub-account's refund record, read at that block.
    ...[...refundIndex].map(async ([entry, index]) => {
      if (!entry.provider || entry.blockNumber === undefined) return
      const account = await client.readContract({
        ...inference,
        functionName: 'getAccount',
        args: [user, entry.provider],
        blockNumber: entry.blockNumber,
      })
      const refund = account.refunds.find((r) => r.index === index)
      if (refund) {
        entry.amount = refund.amount
        entry.detail = `Refund #${index} of ${zeroGText(refund.amount)} started`
      }
    }),
  ])
  return entries.map((e) => ({
    ...e,
    provider: e.provider ?? (e.hash ? settledBy.get(e.hash) : undefined),
    at: times.get(e.blockNumber!) ?? 0,
  }))
}

/** Query keys of the chain history (chain id and user in the key). */
export const historyKeys = {
  chain: (chainId: number, user: Address) => ['ledger', 'history', { chainId, user }] as const,
}

/** `queryOptions` for the chain history; disabled until there is a user and a client. */
export function chainHistoryQueryOptions(
  client: HistoryClient | undefined,
  chainId: SupportedChainId,
  user: Address | undefined,
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: historyKeys.chain(chainId, user ?? '0x'),
    queryFn: () => {
      if (!client || !user) throw new Error('No wallet connected')
      return fetchChainHistory(client, chainId, user)
    },
    enabled: Boolean(client && user),
  })
}
