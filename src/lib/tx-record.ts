/**
 * One transaction this wallet sent through the app, kept locally: it lets a reload pick up a
 * pending transaction and fills the history where the contracts emit no event (deposits, refunds).
 * Amounts are decimal strings of neuron (JSON has no bigint).
 */
import type { Address, Hex } from 'viem'
import {
  isAddressLike,
  isChainId,
  isDecimal,
  isHash,
  isInt,
  isObj,
  isStr,
  isTime,
  storedListParser,
  text,
} from './stored-data'

export type TxRecordStatus = 'pending' | 'confirmed' | 'reverted' | 'replaced'

/** What the transaction did, for history filters (free-form for other domains, e.g. 'revoke-key'). */
export type TxKind =
  'create-ledger' | 'deposit' | 'refund' | 'delete-ledger' | 'transfer' | 'retrieve' | (string & {})

export interface TxRecord {
  hash: Hex
  chainId: number
  from: Address
  nonce: number
  /** Human label, e.g. "Deposit 5 0G". */
  label: string
  kind: TxKind
  /** Providers the transaction concerns (transfer, retrieve). */
  providers?: Address[]
  /** neuron, decimal string */
  amount?: string
  status: TxRecordStatus
  /** ms since epoch */
  submittedAt: number
  minedAt?: number
  blockNumber?: string
  /** Set when the wallet replaced this transaction (same nonce). */
  replacedBy?: Hex
  /** Plain-words revert reason when status is 'reverted'. */
  revertReason?: string
}

/** Most records a stored transaction log holds (older ones are dropped on write). */
export const MAX_TX_RECORDS = 1000

const STATUSES: readonly string[] = ['pending', 'confirmed', 'reverted', 'replaced']

/** A stored record when it is well-formed (free text cut to size), else null. */
export function parseTxRecord(v: unknown): TxRecord | null {
  if (!isObj(v)) return null
  const label = text(v.label, 200)
  if (
    !isHash(v.hash) ||
    !isChainId(v.chainId) ||
    !isAddressLike(v.from) ||
    !isInt(v.nonce) ||
    label === null ||
    !isStr(v.kind, 40, 1) ||
    typeof v.status !== 'string' ||
    !STATUSES.includes(v.status) ||
    !isTime(v.submittedAt) ||
    (v.providers !== undefined &&
      !(
        Array.isArray(v.providers) &&
        v.providers.length <= 100 &&
        v.providers.every(isAddressLike)
      )) ||
    (v.amount !== undefined && !isDecimal(v.amount)) ||
    (v.minedAt !== undefined && !isTime(v.minedAt)) ||
    (v.blockNumber !== undefined && !isDecimal(v.blockNumber)) ||
    (v.replacedBy !== undefined && !isHash(v.replacedBy)) ||
    (v.revertReason !== undefined && typeof v.revertReason !== 'string')
  )
    return null
  const r: TxRecord = {
    hash: v.hash,
    chainId: v.chainId,
    from: v.from,
    nonce: v.nonce,
    label,
    kind: v.kind,
    status: v.status as TxRecordStatus,
    submittedAt: v.submittedAt,
  }
  if (v.providers !== undefined) r.providers = v.providers as Address[]
  if (v.amount !== undefined) r.amount = v.amount
  if (v.minedAt !== undefined) r.minedAt = v.minedAt
  if (v.blockNumber !== undefined) r.blockNumber = v.blockNumber
  if (v.replacedBy !== undefined) r.replacedBy = v.replacedBy
  if (v.revertReason !== undefined) r.revertReason = text(v.revertReason, 1000) ?? undefined
  return r
}

/** A stored transaction log: the well-formed records and how many were skipped. */
export const parseTxRecords = storedListParser(parseTxRecord, MAX_TX_RECORDS)
