/**
 * Chat forwarding to an OpenAI-compatible upstream (DEVNET_UPSTREAM_URL): a second provider server
 * on the same chain forwards to a tiny fake OpenAI server started here. Bytes pass through, usage
 * comes from the upstream, signatures cover the bytes the client got. Uses dev wallet 0.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseEther, verifyMessage } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../src/lib/protocol/broker-texts.testkit'
import { CATALOG } from '../src/catalog'
import type { ProviderServer } from '../src/provider-server/server'
import {
  chatBody,
  errorOf,
  post,
  providerBySlug,
  providerTestSetup,
  startExtraProviderServer,
} from './support/provider-user'

const { devnet, user } = providerTestSetup(0)
const glm = providerBySlug(devnet, 'glm-5-fp8')

const UPSTREAM_JSON = JSON.stringify({
  id: 'chatcmpl-upstream-1',
  object: 'chat.completion',
  created: 1,
  model: 'fake-model',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'real upstream words' },
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
})
const sseChunk = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`
const UPSTREAM_SSE = [
  sseChunk({
    id: 'u1',
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { role: 'assistant', content: '' } }],
  }),
  sseChunk({
    id: 'u1',
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { content: 'streamed ' } }],
  }),
  sseChunk({
    id: 'u1',
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { content: 'upstream' } }],
  }),
  sseChunk({
    id: 'u1',
    object: 'chat.completion.chunk',
    choices: [],
    usage: { prompt_tokens: 13, completion_tokens: 5, total_tokens: 18 },
  }),
  'data: [DONE]\n\n',
]

let upstream: Server
let upstreamUrl: string
let forwarded: Record<string, unknown>[] = []
let server: ProviderServer
let failWith: number | null = null

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString()
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    void bodyOf(req).then(async (text) => {
      const body = JSON.parse(text) as Record<string, unknown>
      forwarded.push(body)
      if (failWith) {
        res.writeHead(failWith, { 'Content-Type': 'application/json' })
        return res.end(
          JSON.stringify({ error: { message: 'upstream says no', type: 'invalid_request_error' } }),
        )
      }
      if (body.stream) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' })
        for (const c of UPSTREAM_SSE) {
          res.write(c)
          await new Promise((r) => setTimeout(r, 5))
        }
        return res.end()
      }
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(UPSTREAM_JSON)
    })
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`
  server = await startExtraProviderServer(devnet, {
    runId: 'upstream-test',
    testMode: true,
    upstreamUrl,
    upstreamModel: 'fake-model',
    settleIntervalMs: 0, // the main devnet server settles for these provider accounts
    rateLimit: { perMinute: 600, burst: 50, concurrent: 5 },
  })
  await user.fundLedger(parseEther('5'))
  await user.transferFund(glm.address, parseEther('3'))
}, 60_000)

afterAll(async () => {
  await server?.close()
  await new Promise((r) => upstream?.close(r))
})

const chatUrl = () => `${server.url}/${glm.slug}/v1/proxy/chat/completions`
const unsettled = async (): Promise<bigint> => {
  const r = (await (await fetch(`${server.url}/__test/unsettled`)).json()) as {
    entries: { slug: string; user: string; unsettled: string }[]
  }
  return BigInt(
    r.entries.find((e) => e.slug === glm.slug && e.user === user.address)?.unsettled ?? '0',
  )
}
const price = CATALOG.find((e) => e.slug === glm.slug)!
const fee = (input: bigint, output: bigint) => input * price.inputPrice + output * price.outputPrice

describe('upstream forwarding', () => {
  it('JSON: passes the upstream bytes through, meters its usage, signs what was forwarded', async () => {
    forwarded = []
    const req = chatBody('hello upstream', { model: 'GLM-5-FP8' })
    const before = await unsettled()
    const res = await post(chatUrl(), req, await user.bearer(glm.address))
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(new TextDecoder().decode(bytes)).toBe(UPSTREAM_JSON)
    expect(forwarded[0]).toMatchObject({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'hello upstream' }],
    })
    expect((await unsettled()) - before).toBe(fee(11n, 7n))
    const chatId = res.headers.get('zg-res-key')!
    const sig = (await (
      await fetch(`${server.url}/${glm.slug}/v1/proxy/signature/${chatId}`)
    ).json()) as { text: string; signature: `0x${string}` }
    // signed over the body forwarded: the upstream's model name, re-marshalled the Go way
    const sent = '{"messages":[{"content":"hello upstream","role":"user"}],"model":"fake-model"}'
    expect(sig.text).toBe(await plainText(sent, bytes))
    expect(
      await verifyMessage({ address: glm.teeSigner, message: sig.text, signature: sig.signature }),
    ).toBe(true)
  })

  it('SSE: asks for usage, streams the upstream bytes unchanged, meters the usage chunk', async () => {
    forwarded = []
    const req = chatBody('stream it', { stream: true })
    const before = await unsettled()
    const res = await post(chatUrl(), req, await user.bearer(glm.address))
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(new TextDecoder().decode(bytes)).toBe(UPSTREAM_SSE.join(''))
    expect(forwarded[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } })
    expect((await unsettled()) - before).toBe(fee(13n, 5n))
    const chatId = res.headers.get('zg-res-key')!
    const sig = (await (
      await fetch(`${server.url}/${glm.slug}/v1/proxy/signature/${chatId}`)
    ).json()) as { text: string }
    const sent =
      '{"messages":[{"content":"stream it","role":"user"}],"model":"fake-model","stream":true,"stream_options":{"include_usage":true}}'
    expect(sig.text).toBe(await plainText(sent, bytes))
  })

  it('an upstream error passes through with its status and is not billed', async () => {
    failWith = 400
    const before = await unsettled()
    const res = await post(chatUrl(), chatBody('x'), await user.bearer(glm.address))
    failWith = null
    expect(res.status).toBe(400)
    expect((await errorOf(res)).message).toBe('upstream says no')
    expect(await unsettled()).toBe(before)
  })

  it('an unreachable upstream is a 502 JSON error', async () => {
    const down = await startExtraProviderServer(devnet, {
      runId: 'down',
      testMode: false,
      upstreamUrl: 'http://127.0.0.1:9/v1',
      settleIntervalMs: 0,
      rateLimit: { perMinute: 30, burst: 5, concurrent: 5 },
    })
    try {
      const res = await post(
        `${down.url}/${glm.slug}/v1/proxy/chat/completions`,
        chatBody('x'),
        await user.bearer(glm.address),
      )
      expect(res.status).toBe(502)
      expect((await errorOf(res)).message).toMatch(/upstream LLM unreachable/)
    } finally {
      await down.close()
    }
  })
})
