/**
 * `POST /v1/proxy/chat/completions`: OpenAI chat, JSON or SSE, from the built-in responder or
 * forwarded to the configured upstream. Header `ZG-Res-Key: <chatID>` names the signature.
 */
import { feeFor, parseCacheTokenBilling } from '../../../../src/lib/protocol/pricing'
import type { RouteContext } from '../context'
import { delay, parseJsonObject, startSse } from '../http-json'
import {
  builtInReply,
  cachedPromptTokens,
  countPromptTokens,
  parseChatRequest,
  replyPieces,
  type ChatRequest,
} from '../responders/chat'
import { forwardChat } from '../responders/chat-upstream'
import { hostilePieces, hostileText, injectInvalidUtf8 } from '../responders/hostile'
import { modelBilling } from '../model-pricing'
import { commitAndSend, runInference, type ResponseSink } from './inference'

/** Whole streamed reply stays under ~1 s: at most this many ms between pieces. */
const MAX_PIECE_DELAY_MS = 15
const STREAM_BUDGET_MS = 800
/** endless-next-stream: a chunk every this many ms, and a hard stop after this long (loopback only). */
const ENDLESS_CHUNK_MS = 20
const ENDLESS_CAP_MS = 5 * 60_000

export async function handleChat(ctx: RouteContext): Promise<void> {
  await runInference(ctx, async (body, auth) => {
    const request = parseChatRequest(parseJsonObject(body))
    // A multi-model forwarder bills (and refuses) per requested model.
    const billing = modelBilling(ctx.provider.entry, auth.service, request.model)
    const promptTokens = countPromptTokens(request.messages)
    const estimatedFee = feeFor(billing.billed, {
      kind: 'tokens',
      inputTokens: BigInt(promptTokens),
      outputTokens: BigInt(request.maxTokens ?? 0),
    })
    return {
      estimatedFee,
      billedService: billing.billed,
      forwardModel: billing.forwardModel,
      respond: (sink) => {
        const upstream = ctx.server.upstream
        if (upstream) return forwardChat(ctx, upstream, request, promptTokens, sink)
        return respondBuiltIn(ctx, request, promptTokens, sink, billing.model)
      },
    }
  })
}

async function respondBuiltIn(
  ctx: RouteContext,
  request: ChatRequest,
  promptTokens: number,
  sink: ResponseSink,
  model: string,
): Promise<void> {
  const { pieces, finishReason } = sink.hostile
    ? { pieces: hostilePieces(hostileText(sink.hostile)), finishReason: 'stop' as const }
    : replyPieces(builtInReply(model, request.messages), request.maxTokens)
  const finishBytes = (b: Buffer): Buffer => (sink.hostile ? injectInvalidUtf8(b) : b)
  const idField = sink.omitResKey ? {} : { id: sink.chatId }
  // A service with cacheTokenBilling reports the earlier turns as served from its prompt cache
  // (prompt_tokens_details.cached_tokens, as OpenAI-style upstreams do); the broker bills them at
  // inputPrice / divisor.
  const cached = parseCacheTokenBilling(
    ctx.provider.entry.extraInfo ? JSON.stringify(ctx.provider.entry.extraInfo) : '',
  )
    ? cachedPromptTokens(request.messages, promptTokens)
    : 0
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: pieces.length,
    total_tokens: promptTokens + pieces.length,
    ...(cached > 0 ? { prompt_tokens_details: { cached_tokens: cached } } : {}),
  }
  const meterUsage = {
    kind: 'tokens' as const,
    inputTokens: BigInt(promptTokens),
    outputTokens: BigInt(pieces.length),
    ...(cached > 0 ? { cachedTokens: BigInt(cached) } : {}),
  }
  const created = Math.floor(Date.now() / 1000)
  if (!request.stream) {
    const bytes = finishBytes(
      Buffer.from(
        JSON.stringify({
          ...idField,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: pieces.join('') },
              logprobs: null,
              finish_reason: finishReason,
            },
          ],
          usage,
        }),
      ),
    )
    await commitAndSend(ctx, sink, bytes, meterUsage)
    return
  }

  const res = ctx.res
  startSse(res, sink.resKey)
  const sent: Buffer[] = []
  const chunk = (
    delta: Record<string, unknown>,
    finish: string | null,
    extra: Record<string, unknown> = {},
  ): Buffer =>
    finishBytes(
      Buffer.from(
        `data: ${JSON.stringify({
          ...idField,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
          ...extra,
        })}\n\n`,
      ),
    )
  const write = (b: Buffer): boolean => {
    if (res.destroyed) return false
    sent.push(b)
    res.write(b)
    return true
  }
  const pause = Math.min(
    MAX_PIECE_DELAY_MS,
    Math.floor(STREAM_BUDGET_MS / Math.max(1, pieces.length)),
  )
  write(chunk({ role: 'assistant', content: '' }, null))
  if (sink.endless) {
    // Keeps sending until the client goes away (or a hard cap); never finished, never billed.
    const until = Date.now() + ENDLESS_CAP_MS
    while (!res.destroyed && Date.now() < until) {
      await delay(ENDLESS_CHUNK_MS)
      if (!write(chunk({ content: 'and on ' }, null))) return
    }
    ctx.server.log(`${ctx.provider.slug} ${sink.chatId} endless stream stopped`)
    res.destroy()
    return
  }
  const cutAt = sink.cutStream ? Math.max(1, Math.floor(pieces.length / 2)) : -1
  for (let i = 0; i < pieces.length; i++) {
    if (i === cutAt) {
      // Simulated network failure: no usage, no [DONE], connection dropped; nothing is billed.
      ctx.server.log(`${ctx.provider.slug} ${sink.chatId} stream cut by test knob`)
      res.destroy()
      return
    }
    await delay(pause)
    if (!write(chunk({ content: pieces[i] }, null))) return // client went away: not billed
  }
  const final = chunk({}, finishReason, { usage })
  const done = Buffer.from('data: [DONE]\n\n')
  await sink.commit(Buffer.concat([...sent, final, done]), meterUsage)
  write(final)
  write(done)
  res.end()
}
