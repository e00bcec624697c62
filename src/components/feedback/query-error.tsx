import { Button } from '@/components/ui/button'
import { toUserError } from '@/lib/errors/user-error'

interface QueryErrorProps {
  error: unknown
  onRetry?: () => void
  isRetrying?: boolean
  /** What to try next when the network is unreachable, e.g. how to start the devnet. */
  networkHint?: string
  testId?: string
}

/** Inline error for a failed read, mapped through toUserError, with a retry button. */
export function QueryError({ error, onRetry, isRetrying, networkHint, testId }: QueryErrorProps) {
  const { kind, title, detail, code } = toUserError(error)
  return (
    <div
      role="alert"
      data-testid={testId}
      data-error-code={code}
      className="flex flex-col items-center gap-3 px-6 py-10 text-center"
    >
      <p className="font-medium text-danger">{title}</p>
      {detail ? <p className="max-w-prose text-sm text-muted">{detail}</p> : null}
      {networkHint && kind === 'network' ? (
        <p className="max-w-prose text-sm text-muted">{networkHint}</p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" size="sm" onClick={onRetry} disabled={isRetrying}>
          {isRetrying ? 'Retrying…' : 'Try again'}
        </Button>
      ) : null}
    </div>
  )
}
