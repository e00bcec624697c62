/**
 * The pipeline every billable `/v1/proxy/*` route runs: read body → authenticate → rate limit →
 * parse → admission → test knobs → respond; the responder calls `commit` with the exact bytes it is
 * about to finish sending, which signs them, stores the signature and meters the fee BEFORE the
 * client can see the end of the response (so an immediate signature lookup never races).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { brokerEnsureStreamOptions, goMarshal } from '../../../../src/lib/protocol/go-json'
import { feeFor, type PricedService, type Usage } from '../../../../src/lib/protocol/pricing'
import { WIRE_HEADER } from '../../../../src/lib/protocol/wire'
import { checkAdmission, insufficientBalance, MIN_LOCKED_BALANCE } from '../admission'
import { authenticate, type AuthContext } from '../auth'
import type { ProviderRuntime, RouteContext } from '../context'
import { BrokerError, CORS_HEADERS, delay, HttpError, readBody } from '../http-json'
import type { HostileOutput, ProviderBehaviour, RandomRefusal } from '../knobs'
import { requestHashOf, signExchange } from '../signatures'

/** What a route's parser returns: the fee estimate for admission, and the responder. */
export interface InferencePlan {
  estimatedFee: bigint
  /** The service as this request is billed (a multi-model forwarder's per-model prices); default the on-chain one. */
  billedService?: PricedService
  /** The model the broker writes into the forwarded chat body (a multi-model request naming none). */
  forwardModel?: string | null
  respond(sink: ResponseSink): Promise<void>
}

/** Handed to the responder. */
export interface ResponseSink {
  chatId: string
  /** The `ZG-Res-Key` header to send: null when omitted (knob) or for a separate LLM node. */
  resKey: string | null
  requestBody: Buffer
  /**
   * The body the broker forwards upstream and signs (chat: include_usage added and re-marshalled
   * Go-style when missing, provider rewrites); a forwarding responder may replace it.
   */
  forwardedBody: Buffer
  /** Whether the cut-next-stream knob fired for this request (streaming responders honour it). */
  cutStream: boolean
  /** omit-next-res-key: no `ZG-Res-Key` header and no `id` in the body. */
  omitResKey: boolean
  /** hostile-next-output: what the chat reply is instead (chat responder only). */
  hostile: HostileOutput | null
  /** endless-next-stream: the stream never finishes (chat responder only). */
  endless: boolean
  /** Signs + meters; call once, right before the final write. */
  commit(responseBytes: Buffer, usage: Usage): Promise<void>
}

export type PlanParser = (
  body: Buffer,
  auth: AuthContext,
  ctx: RouteContext,
) => Promise<InferencePlan>

/** How this provider's broker is configured: the catalog's, or the provider-behaviour knob's. */
export function behaviourOf(
  provider: ProviderRuntime,
  knob: ProviderBehaviour | undefined,
): ProviderBehaviour {
  return knob ?? { rewrite: provider.entry.rewrite, separatedNode: provider.entry.separatedNode }
}

/**
 * The chat body the broker forwards (ctrl/proxy.go PrepareHTTPRequest): `EnsureStreamOptions`,
 * then the provider's configured rewrites (model, injected fields), each re-marshalled Go-style.
 */
export function forwardedChatBody(body: Buffer, rewrite: ProviderBehaviour['rewrite']): Buffer {
  const ensured = Buffer.from(brokerEnsureStreamOptions(body))
  if (!rewrite || (rewrite.model === undefined && !rewrite.inject)) return ensured
  let json: Record<string, unknown>
  try {
    json = JSON.parse(ensured.toString('utf8')) as Record<string, unknown>
  } catch {
    return ensured
  }
  if (rewrite.model !== undefined) json.model = rewrite.model
  Object.assign(json, rewrite.inject ?? {})
  return Buffer.from(goMarshal(json))
}

/** A new chat id (the `ZG-Res-Key` header value). */
export function newChatId(): string {
  return `chatcmpl-devnet-${randomBytes(12).toString('hex')}`
}

export async function runInference(ctx: RouteContext, parse: PlanParser): Promise<void> {
  const { req, server, provider } = ctx
  const body = await readBody(req)
  const auth = await authenticate(
    req.headers.authorization,
    provider.address,
    server.chain,
    server.accounts,
  )
  const releaseSlot = server.limiter.acquire(`${provider.slug}|${auth.user.toLowerCase()}`)
  let releaseReserve = (): void => undefined
  try {
    const plan = await parse(body, auth, ctx)
    const admit = (account: typeof auth.account): void =>
      checkAdmission(
        {
          account,
          unsettled: server.meter.committed(provider.address, auth.user),
          estimatedFee: plan.estimatedFee,
        },
        provider.address,
      )
    try {
      admit(auth.account)
    } catch (err) {
      if (!auth.accountCached) throw err
      // The broker's validateBalanceAdequacy: on a shortfall it re-reads the account
      // (SyncUserAccount drops the cache entry) and checks again, so a top-up counts at once.
      server.accounts.invalidate(provider.address, auth.user)
      const fresh = await server.accounts.get(provider.address, auth.user, () =>
        server.chain.getSubAccount(auth.user, provider.address),
      )
      if (!fresh.account) throw err
      admit(fresh.account)
    }
    releaseReserve = server.meter.reserve(provider.address, auth.user, plan.estimatedFee)
    const fail = server.knobs.takeFail(provider.slug)
    if (fail) {
      throw new HttpError(
        fail.status,
        fail.message ?? `devnet: injected failure (HTTP ${fail.status})`,
        fail.status >= 500 ? 'server_error' : 'invalid_request_error',
        'injected_failure',
        fail.retryAfter !== undefined ? { [WIRE_HEADER.retryAfter]: String(fail.retryAfter) } : {},
      )
    }
    const random = server.knobs.drawRandomFailure(provider.slug)
    if (random !== null) {
      throw randomFailure(random.status, random.refusal, {
        provider: provider.address,
        unsettled: server.meter.committed(provider.address, auth.user) - plan.estimatedFee,
        estimatedFee: plan.estimatedFee,
      })
    }
    const latency = server.knobs.latencyFor(provider.slug)
    if (latency > 0) await delay(latency)
    const behaviour = behaviourOf(provider, server.knobs.behaviourOf(provider.slug))
    // A separate LLM node: no ZG-Res-Key, ids chatcmpl-<uuid> (chatbot.go, sanitize.go).
    const separated = behaviour.separatedNode === true
    const chatId = separated ? `chatcmpl-${randomUUID()}` : newChatId()
    const omitResKey = server.knobs.takeOmitResKey(provider.slug)
    let committed = false
    const sink: ResponseSink = {
      chatId,
      resKey: omitResKey || separated ? null : chatId,
      requestBody: body,
      forwardedBody:
        provider.entry.serviceType === 'chatbot'
          ? forwardedChatBody(
              body,
              plan.forwardModel
                ? { ...behaviour.rewrite, model: behaviour.rewrite?.model ?? plan.forwardModel }
                : behaviour.rewrite,
            )
          : body,
      cutStream: server.knobs.takeCut(provider.slug),
      omitResKey,
      hostile: server.knobs.takeHostile(provider.slug),
      endless: server.knobs.takeEndless(provider.slug),
      async commit(responseBytes, usage) {
        if (committed) throw new Error('commit called twice')
        committed = true
        const fee = feeFor(plan.billedService ?? auth.service, usage)
        const tamper = server.knobs.takeTamper(provider.slug)
        const sig = await signExchange(
          provider,
          { clientBody: body, forwardedBody: sink.forwardedBody, responseBody: responseBytes },
          tamper,
        )
        // replay-next-signature: serve the previous response's (genuine) signature for this one.
        const replayed = server.knobs.takeReplay(provider.slug)
          ? server.signatures.latest(provider.slug)
          : undefined
        // A separate LLM node's broker signs nothing itself (chatbot.go decodeAndProcess).
        if (!separated) server.signatures.set(provider.slug, chatId, replayed ?? sig)
        server.meter.record(provider.address, auth.user, fee, requestHashOf(chatId, sig.text))
        server.log(
          `${provider.slug} ${auth.user} ${ctx.url.pathname.split('/v1/')[1]} ${chatId} fee ${fee}${tamper ? ' (tampered signature)' : ''}`,
        )
      },
    }
    await plan.respond(sink)
  } finally {
    releaseReserve()
    releaseSlot()
  }
}

/** Commits then sends a complete (non-streamed) body with the chat id header. */
export async function commitAndSend(
  ctx: RouteContext,
  sink: ResponseSink,
  bytes: Buffer,
  usage: Usage,
  contentType = 'application/json; charset=utf-8',
): Promise<void> {
  await sink.commit(bytes, usage)
  ctx.res.writeHead(200, {
    ...CORS_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    ...(sink.resKey === null ? {} : { [WIRE_HEADER.resKey]: sink.resKey }),
  })
  ctx.res.end(bytes)
}

/**
 * The error a random-errors knob draw answers with, as the live broker words it (docs/protocol.md
 * §6, §7): 400 the low-balance refusal (as if the sub-account had fallen to the 1 0G reserve) or a
 * session refusal, 429 without Retry-After, 5xx with the status text as body (`BrokerError`).
 */
export function randomFailure(
  status: number,
  refusal: RandomRefusal,
  at: { provider: string; unsettled: bigint; estimatedFee: bigint },
): BrokerError {
  if (status === 400) {
    return refusal === 'session'
      ? new BrokerError('validate session: session token expired')
      : insufficientBalance(MIN_LOCKED_BALANCE, at.unsettled, at.estimatedFee, at.provider)
  }
  if (status === 429) {
    // handler/ratelimit.go RateLimitMiddleware's words, no Retry-After
    return new BrokerError('Too many requests. Please try again later.', 429)
  }
  return new BrokerError(`devnet random error (HTTP ${status})`, status)
}
