import { useSessionSpend } from '@/hooks/playground/use-session-spend'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { TestId } from '@/lib/test-ids'

/** This browser session's running spend, exact. */
export function SessionSpend() {
  const spend = useSessionSpend()
  return (
    <span data-testid={TestId.SessionSpend} className="text-xs text-muted">
      Session spend: <ZeroGAmount value={spend} />
    </span>
  )
}
