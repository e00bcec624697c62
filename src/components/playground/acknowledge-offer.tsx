import type { Address } from 'viem'
import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { useAcknowledgeProvider } from '@/hooks/playground/use-acknowledge-provider'
import { BROKER_ACCOUNT_CACHE_MINUTES } from '@/lib/protocol/session-refusal'

/**
 * The acknowledgement in place: a provider serves a sub-account only after its user acknowledged
 * the provider's TEE signer on chain (the key that signs its responses). One transaction through
 * the transaction flow; the prompt stays, Retry sends it once confirmed.
 */
export function AcknowledgeOffer({ provider }: { provider: Address }) {
  const flow = useAcknowledgeProvider()
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-2">
      <p className="text-xs text-muted">
        This provider serves you only after you acknowledge its TEE signer, the key its responses
        are signed with, for your sub-account: one transaction.
      </p>
      <Button
        size="sm"
        className="self-start"
        disabled={flow.isBusy}
        onClick={() => void flow.acknowledge(provider)}
      >
        Acknowledge provider
      </Button>
      <TxStatus state={flow.state} onRetry={flow.retry} />
      {flow.state.phase === 'confirmed' ? (
        <p className="text-xs text-success">
          Acknowledged. Retry to send your prompt (a provider may take up to{' '}
          {BROKER_ACCOUNT_CACHE_MINUTES} minutes to see it).
        </p>
      ) : null}
    </div>
  )
}
