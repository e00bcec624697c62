/**
 * Our client's own time in a streamed chat, without network or server: `fetch` is replaced by one
 * that answers with a stream the bench feeds by hand. Reported in µs:
 * - dispatch: from calling `chatCompletion` to `fetch` being called (body, bytes kept, signals);
 * - first token: from the first content chunk being enqueued to `onDelta`, against a raw reader
 *   loop that decodes and tests the text with a regex (as the raw TTFT in protocol-overhead.ts).
 */
import { chatCompletion } from '../src/api/provider-client'
import { median } from './first-row'

const enc = new TextEncoder()
const event = (delta: string) =>
  enc.encode(
    `data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":null}]}\n\n`,
  )
const ROLE = event('{"role":"assistant","content":""}')
const CONTENT = event('{"content":"Hello"}')
const DONE = enc.encode('data: [DONE]\n\n')
const tick = () => new Promise((r) => setTimeout(r, 0))

export interface ClientLatency {
  iterations: number
  dispatchUs: number
  firstTokenUs: number
  rawFirstTokenUs: number
}

export async function measureClientLatency(iterations = 3000): Promise<ClientLatency> {
  const realFetch = globalThis.fetch
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let calledAt = 0
  globalThis.fetch = (() => {
    calledAt = performance.now()
    return Promise.resolve(
      new Response(
        new ReadableStream<Uint8Array>({
          start: (c) => {
            controller = c
          },
        }),
        { headers: { 'ZG-Res-Key': 'chatcmpl-1' } },
      ),
    )
  }) as typeof fetch
  // Feeds the role chunk, then (timed) the first content chunk, then [DONE].
  const feed = async (done: Promise<unknown>): Promise<number> => {
    await tick()
    controller.enqueue(ROLE)
    await tick()
    const t0 = performance.now()
    controller.enqueue(CONTENT)
    await tick()
    controller.enqueue(DONE)
    controller.close()
    await done
    return t0
  }
  const ours = async () => {
    let first = -1
    const start = performance.now()
    const done = chatCompletion(
      { url: 'http://bench.invalid', authorization: 'Bearer app-sk-bench' },
      { stream: true, messages: [{ role: 'user', content: 'Say hello' }] },
      {
        onDelta: () => {
          if (first < 0) first = performance.now()
        },
      },
    )
    const dispatch = calledAt - start
    const t0 = await feed(done)
    return { dispatch, token: first - t0 }
  }
  const raw = async () => {
    let first = -1
    const done = (async () => {
      const res = await fetch('http://bench.invalid', { method: 'POST', body: '{}' })
      const reader = res.body!.getReader()
      const decoder = new TextDecoder()
      let buffered = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffered += decoder.decode(value, { stream: true })
        if (first < 0 && /"content":"[^"]/.test(buffered)) first = performance.now()
      }
    })()
    const t0 = await feed(done)
    return first - t0
  }
  const dispatch: number[] = []
  const token: number[] = []
  const rawToken: number[] = []
  try {
    for (let i = 0; i < iterations; i++) {
      if (i % 2) rawToken.push((await raw()) * 1000)
      const o = await ours()
      if (i % 2 === 0) rawToken.push((await raw()) * 1000)
      // The first sixth warms the JIT up and is not counted.
      if (i < iterations / 6) continue
      dispatch.push(o.dispatch * 1000)
      token.push(o.token * 1000)
    }
  } finally {
    globalThis.fetch = realFetch
  }
  const us = (xs: number[]) => median(xs) ?? NaN
  return {
    iterations,
    dispatchUs: us(dispatch),
    firstTokenUs: us(token),
    rawFirstTokenUs: us(rawToken.slice(Math.floor(iterations / 6))),
  }
}
