/**
 * Forwarding chat to an OpenAI-compatible upstream (DEVNET_UPSTREAM_URL). The body forwarded is
 * the broker's (include_usage ensured, rewrites, the upstream model name), and the signature's
 * request hash is over it; response bytes pass through unchanged and are what the signature covers. Usage comes from the
 * upstream's `usage` when present, else from the devnet counting rules.
 */
import { goMarshal } from '../../../../src/lib/protocol/go-json'
import type { Usage } from '../../../../src/lib/protocol/pricing'
import { WIRE_HEADER } from '../../../../src/lib/protocol/wire'
import type { RouteContext, UpstreamConfig } from '../context'
import { CORS_HEADERS, HttpError, startSse } from '../http-json'
import type { ResponseSink } from '../routes/inference'
import { wordPieces, type ChatRequest } from './chat'

const UPSTREAM_TIMEOUT_MS = 120_000

interface UpstreamUsage {
  prompt_tokens?: unknown
  completion_tokens?: unknown
  prompt_tokens_details?: { cached_tokens?: unknown } | null
}

export async function forwardChat(
  ctx: RouteContext,
  upstream: UpstreamConfig,
  request: ChatRequest,
  promptTokens: number,
  sink: ResponseSink,
): Promise<void> {
  // What the broker forwards (include_usage ensured, provider rewrites), plus the upstream's model
  // name; the signature covers exactly these bytes (sink.forwardedBody).
  const model = upstream.model ?? request.model ?? ctx.provider.entry.model
  const payload = JSON.parse(sink.forwardedBody.toString('utf8')) as Record<string, unknown>
  if (payload.model !== model) {
    payload.model = model
    sink.forwardedBody = Buffer.from(goMarshal(payload))
  }
  const abort = new AbortController()
  const timeout = setTimeout(
    () => abort.abort(new Error('upstream timed out')),
    UPSTREAM_TIMEOUT_MS,
  )
  ctx.res.on('close', () => abort.abort(new Error('client disconnected')))
  try {
    let r: Response
    try {
      r = await fetch(`${upstream.url.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(upstream.apiKey ? { Authorization: `Bearer ${upstream.apiKey}` } : {}),
        },
        body: new Uint8Array(sink.forwardedBody),
        signal: abort.signal,
      })
    } catch (err) {
      throw new HttpError(
        502,
        `upstream LLM unreachable at ${upstream.url}: ${(err as Error).message}`,
        'server_error',
        'upstream_unreachable',
      )
    }
    if (!r.ok) return await passUpstreamError(ctx, r)
    const isSse = (r.headers.get('content-type') ?? '').includes('text/event-stream')
    if (isSse && r.body) return await pipeStream(ctx, r.body, promptTokens, sink)
    const bytes = Buffer.from(await r.arrayBuffer())
    await sink.commit(bytes, usageFromJson(bytes, promptTokens))
    ctx.res.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': r.headers.get('content-type') ?? 'application/json',
      'Content-Length': String(bytes.length),
      ...(sink.resKey === null ? {} : { [WIRE_HEADER.resKey]: sink.resKey }),
    })
    ctx.res.end(bytes)
  } finally {
    clearTimeout(timeout)
  }
}

async function passUpstreamError(ctx: RouteContext, r: Response): Promise<void> {
  const text = await r.text()
  let isOpenAiError = false
  try {
    const parsed = JSON.parse(text) as { error?: unknown }
    isOpenAiError = typeof parsed === 'object' && parsed !== null && parsed.error !== undefined
  } catch {
    isOpenAiError = false
  }
  if (!isOpenAiError) {
    throw new HttpError(
      502,
      `upstream LLM answered HTTP ${r.status}: ${text.slice(0, 300)}`,
      'server_error',
      'upstream_error',
    )
  }
  ctx.res.writeHead(r.status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
  })
  ctx.res.end(text)
}

function toCount(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null
}

function usageOf(
  u: UpstreamUsage | undefined,
  promptTokens: number,
  completionText: string,
): Usage {
  const input = toCount(u?.prompt_tokens) ?? promptTokens
  const output = toCount(u?.completion_tokens) ?? wordPieces(completionText).length
  // The broker bills what the upstream says it served from its prompt cache (chatbot.go).
  const cached = toCount(u?.prompt_tokens_details?.cached_tokens) ?? 0
  return {
    kind: 'tokens',
    inputTokens: BigInt(input),
    outputTokens: BigInt(output),
    ...(cached > 0 ? { cachedTokens: BigInt(cached) } : {}),
  }
}

function usageFromJson(bytes: Buffer, promptTokens: number): Usage {
  try {
    const body = JSON.parse(bytes.toString('utf8')) as {
      usage?: UpstreamUsage
      choices?: { message?: { content?: unknown } }[]
    }
    const content = body.choices?.[0]?.message?.content
    return usageOf(body.usage, promptTokens, typeof content === 'string' ? content : '')
  } catch {
    return usageOf(undefined, promptTokens, '')
  }
}

async function pipeStream(
  ctx: RouteContext,
  body: ReadableStream<Uint8Array>,
  promptTokens: number,
  sink: ResponseSink,
): Promise<void> {
  const res = ctx.res
  startSse(res, sink.resKey)
  const sent: Buffer[] = []
  let held: Buffer | null = null // the latest chunk waits so the signature is stored before the end
  let usage: UpstreamUsage | undefined
  let content = ''
  let lineBuf = ''
  const scan = (text: string): void => {
    lineBuf += text
    let nl: number
    while ((nl = lineBuf.indexOf('\n')) >= 0) {
      const line = lineBuf.slice(0, nl).trim()
      lineBuf = lineBuf.slice(nl + 1)
      if (!line.startsWith('data:')) continue
      const data = line.slice(5).trim()
      if (data === '[DONE]') continue
      try {
        const chunk = JSON.parse(data) as {
          usage?: UpstreamUsage | null
          choices?: { delta?: { content?: unknown } }[]
        }
        if (chunk.usage) usage = chunk.usage
        const piece = chunk.choices?.[0]?.delta?.content
        if (typeof piece === 'string') content += piece
      } catch {
        // A non-JSON data line is passed through unchanged and ignored for metering.
      }
    }
  }
  const decoder = new TextDecoder()
  const reader = body.getReader()
  let chunks = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const buf = Buffer.from(value)
    scan(decoder.decode(value, { stream: true }))
    if (held) {
      if (res.destroyed) return void reader.cancel()
      sent.push(held)
      res.write(held)
      chunks += 1
      if (sink.cutStream && chunks >= 2) {
        ctx.server.log(`${ctx.provider.slug} ${sink.chatId} upstream stream cut by test knob`)
        await reader.cancel()
        res.destroy()
        return
      }
    }
    held = buf
  }
  const last = held ?? Buffer.alloc(0)
  await sink.commit(Buffer.concat([...sent, last]), usageOf(usage, promptTokens, content))
  if (!res.destroyed) {
    res.write(last)
    res.end()
  }
}
