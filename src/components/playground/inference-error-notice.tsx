import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { toUserError } from '@/lib/errors/user-error'
import { TestId } from '@/lib/test-ids'

interface Props {
  error: unknown
  onRetry?: () => void
  /** Shown for missing/low sub-account funds (the top-up in place). */
  topUp?: ReactNode
  /** Shown when the provider needs the user to acknowledge its TEE signer (AcknowledgeOffer). */
  acknowledge?: ReactNode
}

/**
 * A failed call's message, a retry (the input is kept), the top-up offer when funds are short and
 * the acknowledgement when the provider waits for it.
 */
export function InferenceErrorNotice({ error, onRetry, topUp, acknowledge }: Props) {
  const e = toUserError(error, 'inference')
  const funds = e.kind === 'no-sub-account' || e.kind === 'low-balance'
  return (
    <div
      role="alert"
      data-testid={TestId.PlaygroundError}
      data-kind={e.kind}
      className="flex flex-col gap-2 rounded-md border border-danger/50 bg-danger/10 p-3 text-sm"
    >
      <p className="font-medium">{e.title}</p>
      {e.detail ? <p className="min-w-0 text-muted [overflow-wrap:anywhere]">{e.detail}</p> : null}
      <div className="flex gap-2">
        {onRetry ? (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        ) : null}
      </div>
      {funds && topUp ? topUp : null}
      {e.kind === 'not-acknowledged' && acknowledge ? acknowledge : null}
    </div>
  )
}
