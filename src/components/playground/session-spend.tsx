import { useSessionSpend } from '@/hooks/playground/use-session-spend'
import { formatZeroG } from '@/lib/format'
import { TestId } from '@/lib/test-ids'

/** This browser session's running spend, exact. */
export function SessionSpend() {
  const spend = useSessionSpend()
  return (
    <span data-testid={TestId.SessionSpend} className="text-xs text-muted">
      Session spend: {formatZeroG(spend)} 0G
    </span>
  )
}
