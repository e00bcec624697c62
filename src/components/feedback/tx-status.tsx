import type { TxFlowState } from '@/hooks/chain/tx-flow-state'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { TestId } from '@/lib/test-ids'
import { TxHashLink } from './tx-hash-link'

interface TxStatusProps {
  state: TxFlowState
  /** Shown for network failures: re-runs, or resumes watching a sent transaction. */
  onRetry?: () => void
  className?: string
}

const replacedWords = {
  'sped-up': 'sped up in your wallet',
  cancelled: 'cancelled in your wallet',
  replaced: 'replaced by another transaction from your wallet',
} as const

function message(state: TxFlowState): { text: string; detail?: string; tone: string } {
  switch (state.phase) {
    case 'simulating':
      return { text: 'Checking the transaction…', tone: 'text-muted' }
    case 'confirm':
      return { text: 'Confirm in your wallet…', tone: 'text-foreground' }
    case 'pending':
      return { text: 'Pending: waiting for the network to include it…', tone: 'text-foreground' }
    case 'confirmed':
      return { text: 'Confirmed', tone: 'text-success' }
    case 'reverted':
      return {
        text: `Reverted: ${state.revertReason ?? 'the contract rejected it.'}`,
        tone: 'text-danger',
      }
    case 'replaced': {
      const r = state.replacement
      const after = r?.status ? ` The replacement was ${r.status}.` : ''
      return {
        text: `Replaced: ${replacedWords[r?.kind ?? 'replaced']}.${after}`,
        tone: 'text-warning',
      }
    }
    case 'cancelled':
      return { text: 'Cancelled in wallet. Nothing was sent.', tone: 'text-muted' }
    case 'failed': {
      const e = state.error
      if (e?.kind === 'revert') {
        return {
          text: `Would revert: ${e.detail ?? e.title}`,
          detail: 'Nothing was sent to your wallet.',
          tone: 'text-danger',
        }
      }
      return { text: e?.title ?? 'Something went wrong', detail: e?.detail, tone: 'text-danger' }
    }
    default:
      return { text: '', tone: '' }
  }
}

/** The inline state of a write (docs/house-style.md, Loading and progress): phase text, hash/explorer link, retry. */
export function TxStatus({ state, onRetry, className }: TxStatusProps) {
  if (state.phase === 'idle') return null
  const { text, detail, tone } = message(state)
  const isError = state.phase === 'failed' || state.phase === 'reverted'
  const canRetry = state.phase === 'failed' && state.error?.kind === 'network' && onRetry
  return (
    <div
      role={isError ? 'alert' : 'status'}
      data-testid={TestId.TxStatus}
      data-phase={state.phase}
      className={cn('flex flex-col gap-1 text-sm', className)}
    >
      <p className={tone}>{text}</p>
      {detail ? <p className="text-xs text-muted">{detail}</p> : null}
      {state.hash ? <TxHashLink hash={state.hash} explorerUrl={state.explorerUrl} /> : null}
      {state.replacement?.hash ? (
        <TxHashLink hash={state.replacement.hash} prefix="Replacement" />
      ) : null}
      {canRetry ? (
        <Button size="sm" variant="secondary" className="self-start" onClick={onRetry}>
          {state.sent ? 'Check again' : 'Try again'}
        </Button>
      ) : null}
    </div>
  )
}
