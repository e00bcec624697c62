/** provider-client against a fake fetch: exact bytes, chat id sources, cut streams, 429 waits, signature retries. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HttpError, StreamCutError } from '@/lib/errors/classes'
import { chatCompletion, withIncludeUsage } from './provider-client'
import { withRateLimitRetry } from './rate-limit-retry'
import { fetchSignature } from './signature-client'

const target = { url: 'http://p', authorization: 'Bearer app-sk-x' }
const sse = (parts: string[], headers: Record<string, string> = {}) =>
  new Response(
    new ReadableStream({
      start(c) {
        for (const p of parts) c.enqueue(new TextEncoder().encode(p))
        c.close()
      },
    }),
    { headers },
  )

afterEach(() => vi.unstubAllGlobals())

describe('withIncludeUsage', () => {
  it('adds include_usage to streamed bodies only, keeping an explicit choice', () => {
    expect(withIncludeUsage({ stream: false })).toEqual({ stream: false })
    expect(withIncludeUsage({ stream: true, stream_options: { x: 1 } })).toEqual({
      stream: true,
      stream_options: { x: 1, include_usage: true },
    })
    const explicit = { stream: true, stream_options: { include_usage: false } }
    expect(withIncludeUsage(explicit)).toBe(explicit)
  })
})

describe('chatCompletion (stream)', () => {
  const parts = [
    'data: {"id":"first","choices":[{"delta":{"content":"Hel"}}]}\n\n',
    'data: {"id":"first","choices":[{"delta":{"content":"lo"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":2}}\n\ndata: [DONE]\n\n',
  ]
  it('keeps the raw bytes, the deltas and the header chat id', async () => {
    const fetch = vi.fn(async () => sse(parts, { 'ZG-Res-Key': 'hdr' }))
    vi.stubGlobal('fetch', fetch)
    const deltas: string[] = []
    const r = await chatCompletion(
      target,
      { stream: true, messages: [] },
      { onDelta: (d) => deltas.push(d) },
    )
    expect(r.chatId).toBe('hdr')
    expect(deltas.join('')).toBe('Hello')
    expect(new TextDecoder().decode(r.responseBody)).toBe(parts.join(''))
    // include_usage is sent by the app so the broker forwards (and signs) these very bytes
    expect(new TextDecoder().decode(r.requestBody)).toBe(
      '{"stream":true,"messages":[],"stream_options":{"include_usage":true}}',
    )
    expect(r.usage).toEqual({ prompt_tokens: 1, completion_tokens: 2 })
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1]
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer app-sk-x')
  })
  it('falls back to the first chunk id without a header', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => sse(parts)),
    )
    expect((await chatCompletion(target, { stream: true })).chatId).toBe('first')
  })
  it('a stream without [DONE] is a StreamCutError with the partial text', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => sse([parts[0]!])),
    )
    const err = await chatCompletion(target, { stream: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StreamCutError)
    expect((err as StreamCutError).partial).toBe('Hel')
  })
  it('an error status becomes HttpError with the provider message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":{"message":"boom","code":"x"}}', { status: 500 })),
    )
    await expect(chatCompletion(target, { stream: true })).rejects.toMatchObject({
      name: 'HttpError',
      status: 500,
      message: 'boom',
    })
  })
})

describe('withRateLimitRetry', () => {
  it('waits for Retry-After then succeeds', async () => {
    vi.useFakeTimers()
    let n = 0
    const waits: number[] = []
    const p = withRateLimitRetry(
      async () => {
        if (n++ === 0) throw new HttpError(429, 'slow down', '2')
        return 'ok'
      },
      { onWait: (ms) => waits.push(ms) },
    )
    await vi.advanceTimersByTimeAsync(2000)
    expect(await p).toBe('ok')
    expect(waits).toEqual([2000])
    vi.useRealTimers()
  })
  it('does not retry other errors', async () => {
    const call = vi.fn(async () => {
      throw new HttpError(500, 'x')
    })
    await expect(withRateLimitRetry(call)).rejects.toThrow('x')
    expect(call).toHaveBeenCalledTimes(1)
  })
})

describe('fetchSignature', () => {
  it('retries 404 until the signature is there, bounded', async () => {
    let n = 0
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        n++ < 2
          ? new Response('{}', { status: 404 })
          : Response.json({ text: 't', signature: '0x' }),
      ),
    )
    expect(await fetchSignature('http://p', 'id', 'm', { delayMs: 1 })).toEqual({
      text: 't',
      signature: '0x',
    })
    n = -100
    expect(await fetchSignature('http://p', 'id', 'm', { delayMs: 1, attempts: 3 })).toBeNull()
  })

  it('gives up at once on a hanging endpoint (timeout) and on junk', async () => {
    const call = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    )
    vi.stubGlobal('fetch', call)
    expect(await fetchSignature('http://p', 'id', 'm', { delayMs: 1, timeoutMs: 50 })).toBeNull()
    expect(call).toHaveBeenCalledTimes(1)
    const junk = vi.fn(async () => new Response('<html>not json', { status: 200 }))
    vi.stubGlobal('fetch', junk)
    expect(await fetchSignature('http://p', 'id', 'm', { delayMs: 1 })).toBeNull()
    expect(junk).toHaveBeenCalledTimes(1)
  })
})
