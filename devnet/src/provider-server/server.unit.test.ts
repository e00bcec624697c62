import { toBytes } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAppSk, tokenDigest, tokenMessage } from '../../../src/lib/protocol/app-sk-token'
import { plannedProviders } from '../seed'
import { startProviderServer, type ProviderServer } from './server'

// No chain behind this server: everything answered before a chain read, plus the 500 path.
let server: ProviderServer
const logs: string[] = []
const providers = plannedProviders('http://127.0.0.1:0')
const options = {
  host: '127.0.0.1',
  port: 0,
  rpcUrl: 'http://127.0.0.1:9', // discard port: nothing answers
  chainId: 31337,
  inferenceAddress: '0x0165878A594ca255338adfa4d48449f69242Eb8F' as const,
  providers,
  runId: 'unit-run',
  testMode: false,
  settleIntervalMs: 0,
  rateLimit: { perMinute: 30, burst: 5, concurrent: 5 },
  log: (line: string) => logs.push(line),
}

beforeAll(async () => {
  server = await startProviderServer(options)
})
afterAll(async () => {
  await server.close()
})

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init)

describe('provider server without a chain', () => {
  it('answers /health with the run id and the slugs', async () => {
    const res = await get('/health')
    expect(await res.json()).toEqual({
      ok: true,
      runId: 'unit-run',
      chainId: 31337,
      providers: providers.map((p) => p.entry.slug),
    })
  })

  it('hides the test knobs outside test mode', async () => {
    const res = await get('/__test/reset', { method: 'POST' })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /DEVNET_TEST=1/,
    )
  })

  it('route errors are JSON: unknown provider, wrong method, other service type', async () => {
    expect((await get('/nope/v1/quote')).status).toBe(404)
    expect((await get('/glm-5-fp8/v1/proxy/chat/completions')).status).toBe(405)
    const wrongType = await get('/z-image/v1/proxy/chat/completions', {
      method: 'POST',
      body: '{}',
    })
    expect(wrongType.status).toBe(404)
    expect(((await wrongType.json()) as { error: { code: string } }).error.code).toBe(
      'unsupported_route',
    )
  })

  it('serves the quote without a chain', async () => {
    const res = await get('/glm-5-fp8/v1/quote')
    expect(res.status).toBe(200)
    expect(await res.json()).toHaveProperty('report_data')
  })

  it('a failing chain read is a 500 JSON and the server keeps serving', async () => {
    const p = providers[0]!
    const user = privateKeyToAccount(`0x${'55'.repeat(32)}`)
    const message = tokenMessage({
      address: user.address,
      provider: p.address,
      timestamp: Date.now(),
      expiresAt: 0,
      nonce: 'x',
      generation: 0,
      tokenId: 1,
    })
    const sig = await user.signMessage({ message: { raw: toBytes(tokenDigest(message)) } })
    const res = await get(`/${p.entry.slug}/v1/proxy/chat/completions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${encodeAppSk(message, sig)}`,
        'Content-Type': 'application/json',
      },
      body: '{"messages":[{"role":"user","content":"hi"}]}',
    })
    expect(res.status).toBe(500)
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('server_error')
    expect(logs.some((l) => l.includes('→ 500'))).toBe(true)
    expect((await get('/health')).status).toBe(200)
  })

  it('settles nothing when nothing was served', async () => {
    const res = await get('/__admin/settle', { method: 'POST' })
    expect(await res.json()).toEqual({ reports: [] })
  })

  it('refuses a busy port with a clear error', async () => {
    await expect(startProviderServer({ ...options, port: server.port })).rejects.toThrow(
      `port ${server.port} is busy`,
    )
  })
})
