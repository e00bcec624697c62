/**
 * Transactions returned by a transaction search, read leniently but safely: the node's Otterscan
 * search (`ots_searchTransactionsBefore`) and an Etherscan-style explorer API (`txlist`). Both
 * answers are untrusted: every field is checked for shape; an item that does not parse is
 * dropped, never guessed.
 */
import type { Address, Hash, Hex } from 'viem'
import { isAddressLike, isHash, isObj } from '../stored-data'

/** A transaction as a search returns it, in typed fields. */
export interface FoundTx {
  hash: Hash
  from: Address
  to: Address | null
  input: Hex
  value: bigint
  blockNumber: bigint
  /** ms since epoch (block time) */
  at: number
  /** false when the transaction reverted */
  ok: boolean
}

/** Most items read from one answer. */
export const MAX_FOUND = 500
/** Longest calldata kept (a ledger call is a few hundred bytes). */
const MAX_INPUT_CHARS = 20_000

/** Calldata: any even or odd run of hex digits, bounded. */
const isInput = (v: unknown): v is Hex =>
  typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v) && v.length <= MAX_INPUT_CHARS
const quantity = (v: unknown): bigint | null => {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : null
  if (typeof v !== 'string' || v.length > 80) return null
  if (/^0x[0-9a-fA-F]+$/.test(v) || /^[0-9]+$/.test(v)) return BigInt(v)
  return null
}

function found(
  hash: unknown,
  from: unknown,
  to: unknown,
  input: unknown,
  value: unknown,
  block: unknown,
  seconds: unknown,
  ok: boolean,
): FoundTx | null {
  const v = quantity(value)
  const n = quantity(block)
  const t = quantity(seconds)
  if (
    !isHash(hash) ||
    !isAddressLike(from) ||
    !isInput(input) ||
    v === null ||
    n === null ||
    t === null
  )
    return null
  if (to !== null && to !== undefined && to !== '' && !isAddressLike(to)) return null
  return {
    hash,
    from,
    to: to ? (to as Address) : null,
    input,
    value: v,
    blockNumber: n,
    at: Number(t) * 1000,
    ok,
  }
}

export interface OtsPage {
  txs: FoundTx[]
  /** true when no older transactions are left */
  lastPage: boolean
}

/**
 * One `ots_searchTransactionsBefore` answer: `{ txs, receipts, firstPage, lastPage }`, receipts in
 * the order of txs; the time is the receipt's `timestamp` (Otterscan) or the tx's `blockTimestamp`
 * (anvil).
 */
export function parseOtsPage(raw: unknown): OtsPage {
  if (!isObj(raw) || !Array.isArray(raw.txs)) throw new Error('Not a transaction search answer')
  const receipts = Array.isArray(raw.receipts) ? raw.receipts : []
  const txs: FoundTx[] = []
  raw.txs.slice(0, MAX_FOUND).forEach((t, i) => {
    if (!isObj(t)) return
    const r: unknown = receipts[i]
    const receipt = isObj(r) && r.transactionHash === t.hash ? r : undefined
    if (!receipt) return
    const tx = found(
      t.hash,
      t.from,
      t.to,
      t.input,
      t.value,
      t.blockNumber,
      receipt.timestamp ?? t.blockTimestamp,
      receipt.status === '0x1' || receipt.status === 1,
    )
    if (tx) txs.push(tx)
  })
  return { txs, lastPage: raw.lastPage === true }
}

/**
 * An Etherscan-style `module=account&action=txlist` answer: `{ status, message, result: [...] }`
 * with decimal strings; "No transactions found" is an empty list, any other non-list an error.
 */
export function parseExplorerTxList(raw: unknown): FoundTx[] {
  if (!isObj(raw)) throw new Error('Not an explorer answer')
  if (!Array.isArray(raw.result)) {
    if (typeof raw.message === 'string' && /no transactions found/i.test(raw.message)) return []
    const why = typeof raw.result === 'string' ? raw.result : raw.message
    throw new Error(`The explorer refused: ${String(why ?? 'no result').slice(0, 120)}`)
  }
  const txs: FoundTx[] = []
  for (const t of raw.result.slice(0, MAX_FOUND)) {
    if (!isObj(t)) continue
    const ok = t.isError === '0' && t.txreceipt_status !== '0'
    const tx = found(t.hash, t.from, t.to, t.input, t.value, t.blockNumber, t.timeStamp, ok)
    if (tx) txs.push(tx)
  }
  return txs
}
