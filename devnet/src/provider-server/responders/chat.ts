/**
 * Chat request parsing and the built-in deterministic chat responder (used when no upstream LLM is
 * configured). Token counting rules, documented in docs/devnet-provider-server.md:
 * - prompt tokens = ceil(text characters / 4) over all messages, + 85 per image part (min 1);
 * - completion tokens = number of emitted word pieces (a word plus its trailing whitespace).
 */
import { sha256, stringToBytes } from 'viem'
import { HttpError } from '../http-json'

export interface ChatMessage {
  role: string
  /** The text parts joined; image parts are counted separately. */
  text: string
  imageParts: number
}

export interface ChatRequest {
  messages: ChatMessage[]
  stream: boolean
  /** max_tokens / max_completion_tokens, when given. */
  maxTokens: number | null
  model: string | null
}

/** Tokens charged per image part of a vision message (OpenAI's low-detail image cost). */
export const IMAGE_PART_TOKENS = 85

/** Validates an OpenAI chat body; 400 with the offending field otherwise. */
export function parseChatRequest(body: Record<string, unknown>): ChatRequest {
  const { messages, stream, model } = body
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new HttpError(
      400,
      '`messages` must be a non-empty array',
      'invalid_request_error',
      'invalid_messages',
    )
  }
  const parsed = messages.map((m, i) => parseMessage(m, i))
  if (stream !== undefined && stream !== null && typeof stream !== 'boolean') {
    throw new HttpError(400, '`stream` must be a boolean')
  }
  if (model !== undefined && model !== null && typeof model !== 'string') {
    throw new HttpError(400, '`model` must be a string')
  }
  const rawMax = body.max_completion_tokens ?? body.max_tokens
  let maxTokens: number | null = null
  if (rawMax !== undefined && rawMax !== null) {
    if (typeof rawMax !== 'number' || !Number.isSafeInteger(rawMax) || rawMax < 1) {
      throw new HttpError(400, '`max_tokens` must be a positive integer')
    }
    maxTokens = rawMax
  }
  return {
    messages: parsed,
    stream: stream === true,
    maxTokens,
    model: typeof model === 'string' ? model : null,
  }
}

function parseMessage(m: unknown, i: number): ChatMessage {
  if (typeof m !== 'object' || m === null)
    throw new HttpError(400, `messages[${i}] must be an object`)
  const { role, content } = m as Record<string, unknown>
  if (typeof role !== 'string' || role === '')
    throw new HttpError(400, `messages[${i}].role must be a string`)
  if (content === null || content === undefined) return { role, text: '', imageParts: 0 }
  if (typeof content === 'string') return { role, text: content, imageParts: 0 }
  if (!Array.isArray(content)) {
    throw new HttpError(400, `messages[${i}].content must be a string or an array of content parts`)
  }
  let text = ''
  let imageParts = 0
  for (const part of content as unknown[]) {
    const p = (typeof part === 'object' && part !== null ? part : {}) as Record<string, unknown>
    if (p.type === 'text' && typeof p.text === 'string') text += (text ? '\n' : '') + p.text
    else if (p.type === 'image_url' || p.type === 'input_image') imageParts += 1
    else
      throw new HttpError(
        400,
        `messages[${i}].content has an unsupported part (type ${String(p.type)})`,
      )
  }
  return { role, text, imageParts }
}

/** ceil(chars / 4) + 85 per image part, at least 1. */
export function countPromptTokens(messages: readonly ChatMessage[]): number {
  let chars = 0
  let images = 0
  for (const m of messages) {
    chars += m.text.length
    images += m.imageParts
  }
  return Math.max(1, Math.ceil(chars / 4) + images * IMAGE_PART_TOKENS)
}

/**
 * The prompt tokens a prefix cache would have served: every message but the last (the earlier
 * turns of a conversation), never more than the prompt. 0 for a single message.
 */
export function cachedPromptTokens(messages: readonly ChatMessage[], promptTokens: number): number {
  if (messages.length < 2) return 0
  return Math.min(promptTokens, countPromptTokens(messages.slice(0, -1)))
}

/** Splits text into word pieces (word + following whitespace): the unit of completion tokens. */
export function wordPieces(text: string): string[] {
  return text.match(/\S+\s*/g) ?? []
}

const CLOSINGS = [
  'The response you are reading is signed by the provider TEE key, and its fee will be settled on chain.',
  'Every reply here is metered per token, signed, and settled against your sub-account like on mainnet.',
  'Point DEVNET_UPSTREAM_URL at an OpenAI-compatible server to get real model output instead.',
  'Verify this reply: its signature covers the sha256 of your request and of these exact bytes.',
]

/** The deterministic reply: says it is a devnet responder and echoes the last user message. */
export function builtInReply(model: string, messages: readonly ChatMessage[]): string {
  const lastUser =
    [...messages].reverse().find((m) => m.role === 'user') ?? messages[messages.length - 1]
  const words = (lastUser?.text ?? '').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const excerpt =
    words.length === 0
      ? '(no text)'
      : words.slice(0, 12).join(' ') + (words.length > 12 ? ' …' : '')
  const seed = sha256(stringToBytes(messages.map((m) => `${m.role}:${m.text}`).join('\n')))
  const closing = CLOSINGS[parseInt(seed.slice(2, 10), 16) % CLOSINGS.length]!
  const images =
    lastUser && lastUser.imageParts > 0
      ? ` I received ${lastUser.imageParts} image(s) but cannot see them.`
      : ''
  return `Hello from the 0G devnet responder for ${model}: no real model runs here. You said: "${excerpt}".${images} ${closing}`
}

/** Reply pieces truncated to `maxTokens`, with the OpenAI finish reason. */
export function replyPieces(
  reply: string,
  maxTokens: number | null,
): { pieces: string[]; finishReason: 'stop' | 'length' } {
  const all = wordPieces(reply)
  if (maxTokens !== null && all.length > maxTokens)
    return { pieces: all.slice(0, maxTokens), finishReason: 'length' }
  return { pieces: all, finishReason: 'stop' }
}
