/** The states of one write through the transaction flow (see use-tx-flow.ts). */
import type { Address, Hash } from 'viem'
import type { UserError } from '@/lib/errors/user-error'
import type { TxKind } from '@/lib/tx-record'
import type { ReplacementKind } from '@/chain/tx/watch-transaction'

export type TxPhase =
  | 'idle'
  | 'simulating'
  | 'confirm'
  | 'pending'
  | 'confirmed'
  | 'reverted'
  | 'replaced'
  | 'cancelled'
  | 'failed'

export interface TxFlowState {
  phase: TxPhase
  /** Human label of the action, e.g. "Deposit 5 0G". */
  label?: string
  hash?: Hash
  /** Block explorer link for `hash` (undefined on chains without an explorer). */
  explorerUrl?: string
  /** Phase 'failed': the mapped error. */
  error?: UserError
  /** Phase 'failed': true when a transaction was already sent (a retry resumes watching it). */
  sent?: boolean
  /** Phase 'reverted': the decoded custom error in plain words. */
  revertReason?: string
  /** Phase 'replaced': how the wallet replaced it and the replacing transaction, if found. */
  replacement?: { kind: ReplacementKind; hash?: Hash; status?: 'confirmed' | 'reverted' }
}

/** What the flow records about a write besides the call itself. */
export interface TxMeta {
  label: string
  kind: TxKind
  providers?: Address[]
  /** neuron */
  amount?: bigint
}

export const IDLE: TxFlowState = { phase: 'idle' }

/** True while the flow is working (buttons that start another write should be disabled). */
export function isBusy(state: TxFlowState): boolean {
  return state.phase === 'simulating' || state.phase === 'confirm' || state.phase === 'pending'
}
