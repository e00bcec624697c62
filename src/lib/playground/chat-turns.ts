/**
 * Pure chat bookkeeping for the playground (docs/playground.md, Chat): the cost estimate of the
 * next message, the history an edited message is resent with, and the earlier replies a
 * regenerated reply keeps as alternatives.
 */
import { estimateFee } from '@/lib/protocol/billing'
import type { PricedService } from '@/lib/protocol/pricing'
import type { ChatMessage } from './conversation'

/** Characters per token of the estimate (a common rule of thumb; real tokenizers differ). */
export const CHARS_PER_TOKEN = 4

/** The output allowance of the estimate when no valid max tokens is set. */
export const DEFAULT_OUTPUT_ALLOWANCE = 1024

/** The most earlier replies one reply keeps (older ones are dropped from the conversation). */
export const MAX_ALTERNATIVES = 20

/** An approximate token count: characters (UTF-16 code units) ÷ 4, rounded up. */
export function approxTokens(chars: number): number {
  return Math.ceil(Math.max(0, chars) / CHARS_PER_TOKEN)
}

export interface ChatEstimateInput {
  systemPrompt: string
  /** the conversation so far (the messages that will be sent again) */
  history: readonly Pick<ChatMessage, 'content'>[]
  draft: string
  /** max_tokens of the request; not a positive integer → `DEFAULT_OUTPUT_ALLOWANCE` */
  maxTokens: number | undefined
}

export interface ChatEstimate {
  inputTokens: bigint
  outputTokens: bigint
  /** neuron, tiers applied (`estimateFee`) */
  fee: bigint
}

/**
 * The estimated fee of sending `draft` next: (system prompt + history + draft) characters ÷ 4,
 * rounded up, as input tokens, plus max tokens (else `DEFAULT_OUTPUT_ALLOWANCE`) as output
 * tokens, priced by `estimateFee` (the service's on-chain prices and tiers). Never throws.
 */
export function chatEstimate(service: PricedService, input: ChatEstimateInput): ChatEstimate {
  const chars =
    input.systemPrompt.length +
    input.history.reduce((n, m) => n + m.content.length, 0) +
    input.draft.length
  const inputTokens = BigInt(approxTokens(chars))
  const max = input.maxTokens
  const outputTokens = BigInt(
    max !== undefined && Number.isSafeInteger(max) && max > 0 ? max : DEFAULT_OUTPUT_ALLOWANCE,
  )
  const fee = estimateFee(service, { inputTokens, outputTokens, images: 0n, seconds: 0n })
  return { inputTokens, outputTokens, fee }
}

/**
 * The messages an edit of user message `messageId` is sent after: those before it (it and every
 * later message are dropped). Null when there is no such user message.
 */
export function historyBeforeEdit(
  messages: readonly ChatMessage[],
  messageId: string,
): ChatMessage[] | null {
  const i = messages.findIndex((m) => m.id === messageId)
  if (i < 0 || messages[i]?.role !== 'user') return null
  return messages.slice(0, i)
}

/** The messages a regenerate resends: all but the last reply. */
export function historyBeforeLastReply(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.at(-1)?.role === 'assistant' ? messages.slice(0, -1) : [...messages]
}

/**
 * `reply` with `previous` (the reply it regenerates) and its own earlier replies kept as
 * alternatives, oldest first (at most `MAX_ALTERNATIVES`); each stays a paid, verified response.
 */
export function withPreviousReply(
  reply: ChatMessage,
  previous: ChatMessage | undefined,
): ChatMessage {
  if (previous?.role !== 'assistant') return reply
  const { alternatives = [], ...prev } = previous
  return { ...reply, alternatives: [...alternatives, prev].slice(-MAX_ALTERNATIVES) }
}

/** Every reply version of the messages: the shown ones and their alternatives. */
export function allVersions(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.flatMap((m) => [m, ...(m.alternatives ?? [])])
}

/** The messages with `patch` applied to the message or alternative whose id is `id`. */
export function patchVersion(
  messages: readonly ChatMessage[],
  id: string,
  patch: Partial<ChatMessage>,
): ChatMessage[] {
  return messages.map((m) => {
    if (m.id === id) return { ...m, ...patch }
    if (!m.alternatives?.some((a) => a.id === id)) return m
    return { ...m, alternatives: m.alternatives.map((a) => (a.id === id ? { ...a, ...patch } : a)) }
  })
}
