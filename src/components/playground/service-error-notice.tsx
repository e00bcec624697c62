import type { Address } from 'viem'
import { AcknowledgeOffer } from './acknowledge-offer'
import { InferenceErrorNotice } from './inference-error-notice'
import { TopUpOffer } from './top-up-offer'

interface ServiceErrorNoticeProps {
  /** The failed call's error; nothing is shown without one. */
  error: unknown
  onRetry: () => void
  /** The service the call went to: its top-up and acknowledgement are offered in place. */
  service: { provider: Address } | undefined
}

/** A playground tab's failed call, with the chosen provider's top-up and acknowledgement offers. */
export function ServiceErrorNotice({ error, onRetry, service }: ServiceErrorNoticeProps) {
  if (!error) return null
  return (
    <InferenceErrorNotice
      error={error}
      onRetry={onRetry}
      topUp={service ? <TopUpOffer provider={service.provider} /> : null}
      acknowledge={service ? <AcknowledgeOffer provider={service.provider} /> : null}
    />
  )
}
