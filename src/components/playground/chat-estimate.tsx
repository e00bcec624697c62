import { formatZeroG } from '@/lib/format'
import {
  chatEstimate,
  CHARS_PER_TOKEN,
  DEFAULT_OUTPUT_ALLOWANCE,
  type ChatEstimateInput,
} from '@/lib/playground/chat-turns'
import { isMultiModel } from '@/lib/protocol/billing'
import type { PricedService } from '@/lib/protocol/pricing'
import { TestId } from '@/lib/test-ids'

/**
 * "≈ X 0G" for the next message (docs/playground.md, Chat): approximate tokens priced with
 * billing.ts (`chatEstimate`); the hover text says how it is computed.
 */
export function ChatCostEstimate({
  service,
  ...input
}: ChatEstimateInput & { service: PricedService }) {
  const e = chatEstimate(service, input)
  const allowance =
    input.maxTokens !== undefined && Number.isSafeInteger(input.maxTokens) && input.maxTokens > 0
      ? 'max tokens'
      : `a default allowance of ${DEFAULT_OUTPUT_ALLOWANCE}`
  const how =
    `Estimate: ${e.inputTokens} input tokens (system prompt + history + draft, characters ÷ ` +
    `${CHARS_PER_TOKEN}, rounded up; real tokenizers differ) and ${e.outputTokens} output tokens ` +
    `(${allowance}, the most the reply may use) at the service's on-chain prices, tiers applied` +
    (isMultiModel(service) ? ' (a multi-model service: its highest prices, an upper bound)' : '') +
    '. The provider bills the usage it reports.'
  return (
    <p
      data-testid={TestId.ChatEstimate}
      data-neuron={e.fee.toString()}
      title={how}
      className="text-xs text-muted"
    >
      Estimated cost of this message:{' '}
      <span className="whitespace-nowrap">≈ {formatZeroG(e.fee)} 0G</span>
    </p>
  )
}
