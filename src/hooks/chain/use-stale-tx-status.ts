import { useState } from 'react'
import type { TxFlowState } from './tx-flow-state'

/**
 * True for a write that has finished and left nothing to watch: its status describes earlier
 * inputs once the user edits them. A sent transaction whose outcome is unknown is not settled.
 */
export function isSettled(state: TxFlowState): boolean {
  if (state.phase === 'failed') return !state.sent
  return ['confirmed', 'reverted', 'replaced', 'cancelled'].includes(state.phase)
}

/**
 * Hides a finished write's status once the form's input changes (an old "Confirmed" is not about
 * the new amount); the next write, a new state object, shows again. `inputChanged` is called from
 * the inputs' change handlers; never fails.
 */
export function useStaleTxStatus(state: TxFlowState): {
  visible: boolean
  inputChanged: () => void
} {
  // The settled status the user has moved on from.
  const [dismissed, setDismissed] = useState<TxFlowState>()
  return {
    visible: state !== dismissed,
    inputChanged: () => {
      if (isSettled(state)) setDismissed(state)
    },
  }
}
