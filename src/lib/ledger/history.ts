/**
 * Account history: chain events and the local transaction log merged into one list, newest first,
 * with filters and an exact CSV export (amounts in 0G as exact decimals).
 */
import type { Address, Hash } from 'viem'
import { formatZeroG } from '../format'
import type { TxRecord } from '../tx-record'

export type HistoryKind =
  | 'create-ledger'
  | 'deposit'
  | 'refund'
  | 'delete-ledger'
  | 'transfer'
  | 'retrieve'
  | 'balance-updated'
  | 'refund-requested'
  | 'settlement'
  | 'fund-spent'
  | 'account-deleted'
  | (string & {})

/**
 * Where a row comes from: chain events, this browser's transaction log, the node's transaction
 * search (`ots_searchTransactionsBefore`, anvil and Otterscan-enabled nodes) or the network's
 * block explorer API.
 */
export type HistorySource = 'chain' | 'local' | 'node' | 'explorer'

export interface HistoryEntry {
  id: string
  kind: HistoryKind
  /** ms since epoch (chain time for events) */
  at: number
  provider?: Address
  /** neuron */
  amount?: bigint
  detail: string
  hash?: Hash
  blockNumber?: bigint
  source: HistorySource
  status?: TxRecord['status']
}

/** Plain names of the kinds, for the filter and the table. */
export const historyKindLabels: Record<string, string> = {
  'create-ledger': 'Ledger created',
  deposit: 'Deposit',
  refund: 'Refund to wallet',
  'delete-ledger': 'Ledger deleted',
  transfer: 'Transfer to provider',
  retrieve: 'Retrieve from provider',
  'balance-updated': 'Sub-account balance',
  'refund-requested': 'Refund started',
  settlement: 'Settlement',
  'fund-spent': 'Fees paid',
  'account-deleted': 'Sub-account closed',
}

/** The local log as history entries. */
export function txRecordsToHistory(records: readonly TxRecord[]): HistoryEntry[] {
  return records.map((r) => ({
    id: `local:${r.hash}`,
    kind: r.kind,
    at: r.minedAt ?? r.submittedAt,
    provider: r.providers?.length === 1 ? r.providers[0] : undefined,
    amount: r.amount ? BigInt(r.amount) : undefined,
    detail: r.revertReason ? `${r.label}: ${r.revertReason}` : r.label,
    hash: r.hash,
    blockNumber: r.blockNumber ? BigInt(r.blockNumber) : undefined,
    source: 'local',
    status: r.status,
  }))
}

/**
 * Joins the three sources into one list (not sorted): rows found by a transaction search whose
 * transaction is in the local log are dropped (the local row has the label and the status), and a
 * retrieve row without an amount gets the sum of the refunds its transaction started (the
 * refund-requested rows with the same hash).
 */
export function joinHistory(
  chain: readonly HistoryEntry[],
  searched: readonly HistoryEntry[],
  local: readonly HistoryEntry[],
): HistoryEntry[] {
  const key = (h: string | undefined) => h?.toLowerCase()
  const localHashes = new Set(local.map((e) => key(e.hash)))
  const started = new Map<string, bigint>()
  for (const e of chain)
    if (e.kind === 'refund-requested' && e.hash && e.amount !== undefined)
      started.set(key(e.hash)!, (started.get(key(e.hash)!) ?? 0n) + e.amount)
  const withAmount = (e: HistoryEntry): HistoryEntry => {
    const sum = e.hash ? started.get(key(e.hash)!) : undefined
    return e.kind === 'retrieve' && e.amount === undefined && sum !== undefined
      ? { ...e, amount: sum }
      : e
  }
  return [
    ...chain,
    ...searched.filter((e) => !localHashes.has(key(e.hash))).map(withAmount),
    ...local.map(withAmount),
  ]
}

export interface HistoryFilter {
  kind?: string
  provider?: Address
}

/** Merges, sorts newest first and filters (by kind and provider, case-insensitive). */
export function mergeHistory(
  lists: readonly (readonly HistoryEntry[])[],
  filter: HistoryFilter = {},
): HistoryEntry[] {
  const provider = filter.provider?.toLowerCase()
  return lists
    .flat()
    .filter((e) => !filter.kind || e.kind === filter.kind)
    .filter((e) => !provider || e.provider?.toLowerCase() === provider)
    .sort((a, b) => b.at - a.at || Number((b.blockNumber ?? 0n) - (a.blockNumber ?? 0n)))
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** CSV with a header row; amounts are exact 0G decimals, times ISO 8601 UTC. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const header = [
    'time',
    'kind',
    'provider',
    'amount_0g',
    'status',
    'source',
    'tx',
    'block',
    'detail',
  ]
  const rows = entries.map((e) => [
    new Date(e.at).toISOString(),
    e.kind,
    e.provider ?? '',
    e.amount === undefined ? '' : formatZeroG(e.amount),
    e.status ?? '',
    e.source,
    e.hash ?? '',
    e.blockNumber?.toString() ?? '',
    e.detail,
  ])
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n'
}
