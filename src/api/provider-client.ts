/**
 * Calls to a provider's OpenAI-compatible proxy (`{service.url}/v1/proxy/...`) that keep the exact
 * request bytes sent and response bytes received (raw SSE for streams), since the provider's TEE
 * signs their sha256, and the chat id (`ZG-Res-Key`, else the body's or first chunk's `id`) that
 * names the signature (docs/protocol.md §7, §9); paths and headers are src/lib/protocol/wire.ts. Non-2xx answers throw `HttpError` (./http.ts).
 * The signature lookup is ./signature-client.ts; waiting out 429s is ./rate-limit-retry.ts.
 */
import { StreamCutError } from '@/lib/errors/classes'
import { buildMultipart, concatBytes, type MultipartFile } from '@/lib/playground/multipart'
import { parseChatChunk, SseDataParser } from '@/lib/playground/sse'
import { PROXY_ROUTE, proxyPath, WIRE_HEADER, type ProxyRoute } from '@/lib/protocol/wire'
import { httpFetch } from './http'

export interface InferenceTarget {
  /** The service URL registered on chain. */
  url: string
  /** `Bearer app-sk-…` */
  authorization: string
}

/** One request/response pair exactly as sent and received, and its chat id. */
export interface Exchange {
  chatId: string
  requestBody: Uint8Array
  responseBody: Uint8Array
}

export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  /** prompt tokens served from the provider's prompt cache (billed lower with cacheTokenBilling) */
  prompt_tokens_details?: { cached_tokens?: number }
}

export interface ChatResult extends Exchange {
  content: string
  usage: Usage | null
  finishReason: string | null
}

const enc = new TextEncoder()
const proxy = (t: InferenceTarget, route: ProxyRoute) =>
  `${t.url.replace(/\/$/, '')}${proxyPath(route)}`

/** POST of exact bytes; returns the response (non-2xx throws HttpError). */
function post(
  t: InferenceTarget,
  path: ProxyRoute,
  body: Uint8Array,
  contentType: string,
  signal?: AbortSignal,
) {
  return httpFetch(
    proxy(t, path),
    {
      method: 'POST',
      headers: { 'Content-Type': contentType, [WIRE_HEADER.authorization]: t.authorization },
      body: body as BodyInit,
    },
    { signal, timeoutMs: 300_000 },
  )
}

/**
 * A streamed chat body with `stream_options.include_usage` set. The provider broker adds it when
 * absent and then re-serializes the body it forwards (and signs), so sending it ourselves keeps the
 * signed request hash equal to the bytes we sent (docs/protocol.md §9.1, `EnsureStreamOptions`).
 */
export function withIncludeUsage(body: Record<string, unknown>): Record<string, unknown> {
  if (body.stream !== true) return body
  const opts = body.stream_options
  if (typeof opts === 'object' && opts !== null && 'include_usage' in opts) return body
  const base = typeof opts === 'object' && opts !== null && !Array.isArray(opts) ? opts : {}
  return { ...body, stream_options: { ...base, include_usage: true } }
}

/** Chat completion; with `body.stream` the deltas go to `onDelta` as they arrive. */
export async function chatCompletion(
  t: InferenceTarget,
  rawBody: Record<string, unknown>,
  opts: { signal?: AbortSignal; onDelta?: (text: string) => void } = {},
): Promise<ChatResult> {
  const body = withIncludeUsage(rawBody)
  const requestBody = enc.encode(JSON.stringify(body))
  const res = await post(t, PROXY_ROUTE.chatbot, requestBody, 'application/json', opts.signal)
  const header = res.headers.get(WIRE_HEADER.resKey)
  if (!body.stream) {
    const responseBody = new Uint8Array(await res.arrayBuffer())
    const json = JSON.parse(new TextDecoder().decode(responseBody)) as {
      id?: string
      choices?: { message?: { content?: string }; finish_reason?: string }[]
      usage?: Usage
    }
    return {
      chatId: header ?? json.id ?? '',
      requestBody,
      responseBody,
      content: json.choices?.[0]?.message?.content ?? '',
      usage: json.usage ?? null,
      finishReason: json.choices?.[0]?.finish_reason ?? null,
    }
  }
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  const parser = new SseDataParser()
  const chunks: Uint8Array[] = []
  let content = ''
  let firstId: string | undefined
  let usage: Usage | null = null
  let finishReason: string | null = null
  let done = false
  try {
    for (;;) {
      const { value, done: end } = await reader.read()
      if (end) break
      chunks.push(value)
      for (const data of parser.push(decoder.decode(value, { stream: true }))) {
        if (data === '[DONE]') done = true
        const chunk = parseChatChunk(data)
        if (!chunk) continue
        firstId ??= chunk.id
        if (chunk.usage) usage = chunk.usage
        if (chunk.finishReason) finishReason = chunk.finishReason
        if (chunk.delta) {
          content += chunk.delta
          opts.onDelta?.(chunk.delta)
        }
      }
    }
  } catch (error) {
    if (opts.signal?.aborted) throw error
    throw new StreamCutError(content)
  }
  if (!done) throw new StreamCutError(content)
  return {
    chatId: header ?? firstId ?? '',
    requestBody,
    responseBody: concatBytes(chunks),
    content,
    usage,
    finishReason,
  }
}

/** JSON POST (images/generations); returns the exchange and the parsed body. */
export async function postJson<T>(
  t: InferenceTarget,
  path: ProxyRoute,
  body: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<Exchange & { json: T }> {
  const requestBody = enc.encode(JSON.stringify(body))
  return finish<T>(await post(t, path, requestBody, 'application/json', signal), requestBody)
}

/** multipart POST (images/edits, audio/transcriptions) with exact bytes. */
export async function postMultipart<T>(
  t: InferenceTarget,
  path: ProxyRoute,
  fields: Record<string, string>,
  files: MultipartFile[],
  signal?: AbortSignal,
): Promise<Exchange & { json: T }> {
  const { body, contentType } = buildMultipart(fields, files)
  return finish<T>(await post(t, path, body, contentType, signal), body)
}

async function finish<T>(res: Response, requestBody: Uint8Array): Promise<Exchange & { json: T }> {
  const responseBody = new Uint8Array(await res.arrayBuffer())
  const json = JSON.parse(new TextDecoder().decode(responseBody)) as T & { id?: string }
  return {
    chatId: res.headers.get(WIRE_HEADER.resKey) ?? json.id ?? '',
    requestBody,
    responseBody,
    json,
  }
}
