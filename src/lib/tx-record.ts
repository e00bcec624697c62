/**
 * One transaction this wallet sent through the app, kept locally: it lets a reload pick up a
 * pending transaction and fills the history where the contracts emit no event (deposits, refunds).
 * Amounts are decimal strings of neuron (JSON has no bigint).
 */
import type { Address, Hex } from 'viem'

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
