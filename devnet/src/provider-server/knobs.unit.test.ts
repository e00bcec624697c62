import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plannedProviders } from '../seed'
import { Knobs, RANDOM_ERROR_STATUSES } from './knobs'
import {
  HUGE_TEXT_BYTES,
  INVALID_UTF8_BYTES,
  hostilePieces,
  hostileText,
  injectInvalidUtf8,
} from './responders/hostile'
import { startProviderServer, type ProviderServer } from './server'

describe('Knobs for malicious providers', () => {
  it('one-shot knobs fire once, for their slug or all', () => {
    const k = new Knobs()
    k.omitNextResKey('a')
    k.replayNextSignature('*')
    k.hostileNextOutput('a', 'huge')
    k.endlessNextStream('a')
    expect(k.takeOmitResKey('b')).toBe(false)
    expect(k.takeOmitResKey('a')).toBe(true)
    expect(k.takeOmitResKey('a')).toBe(false)
    expect(k.takeReplay('b')).toBe(true)
    expect(k.takeReplay('a')).toBe(false)
    expect(k.takeHostile('a')).toBe('huge')
    expect(k.takeHostile('a')).toBeNull()
    expect(k.takeEndless('a')).toBe(true)
    expect(k.takeEndless('a')).toBe(false)
  })

  it('overcharge: per slug or all, until cleared or reset', () => {
    const k = new Knobs()
    expect(k.overchargeFor('a')).toBe(0n)
    k.setOvercharge('*', 5n)
    k.setOvercharge('a', 7n)
    expect(k.overchargeFor('a')).toBe(7n)
    expect(k.overchargeFor('b')).toBe(5n)
    k.setOvercharge('a', 0n)
    expect(k.overchargeFor('a')).toBe(5n)
    expect(k.describe().overcharge).toEqual({ '*': '5' })
    k.reset()
    expect(k.overchargeFor('b')).toBe(0n)
  })

  it('signature faults last until cleared or reset', () => {
    const k = new Knobs()
    k.setSignatureFault('*', 'hang')
    expect(k.signatureFault('x')).toBe('hang')
    k.setSignatureFault('x', 'junk')
    expect(k.signatureFault('x')).toBe('junk')
    k.reset()
    expect(k.signatureFault('x')).toBeNull()
  })

  it('random errors: reproducible from the seed, at about the rate, only the given statuses', () => {
    const draw = (seed: number) => {
      const k = new Knobs()
      k.setRandomErrors('*', 0.5, RANDOM_ERROR_STATUSES, seed)
      return Array.from({ length: 400 }, () => k.drawRandomError('p'))
    }
    const a = draw(7)
    expect(draw(7)).toEqual(a)
    expect(draw(8)).not.toEqual(a)
    const failures = a.filter((s) => s !== null)
    expect(failures.length).toBeGreaterThan(150)
    expect(failures.length).toBeLessThan(250)
    expect(new Set(failures)).toEqual(new Set(RANDOM_ERROR_STATUSES))
    const k = new Knobs()
    k.setRandomErrors('*', 0.5, [503], 1)
    k.setRandomErrors('*', 0, [503], 1)
    expect(k.drawRandomError('p')).toBeNull()
  })
})

describe('hostile output', () => {
  it('5 MB of text in ≤ 64 KiB slices, one huge line, invalid UTF-8 bytes swapped in', () => {
    const huge = hostileText('huge')
    expect(huge.length).toBe(HUGE_TEXT_BYTES)
    expect(hostilePieces(huge).join('')).toBe(huge)
    expect(hostilePieces(huge).every((p) => p.length <= 64 * 1024)).toBe(true)
    expect(hostileText('long-line')).not.toMatch(/\s/)
    const bytes = injectInvalidUtf8(Buffer.from(JSON.stringify({ c: hostileText('invalid-utf8') })))
    expect(bytes.includes(INVALID_UTF8_BYTES)).toBe(true)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
  })
})

describe('signature endpoint faults (chain-less server)', () => {
  let server: ProviderServer
  beforeAll(async () => {
    server = await startProviderServer({
      host: '127.0.0.1',
      port: 0,
      rpcUrl: 'http://127.0.0.1:9',
      chainId: 31337,
      inferenceAddress: '0x0165878A594ca255338adfa4d48449f69242Eb8F',
      providers: plannedProviders('http://127.0.0.1:0'),
      runId: 'knobs',
      testMode: true,
      settleIntervalMs: 0,
      rateLimit: { perMinute: 30, burst: 5, concurrent: 5 },
      log: () => {},
    })
  })
  afterAll(() => server.close())
  const knob = (name: string, body: unknown) =>
    fetch(`${server.url}/__test/${name}`, { method: 'POST', body: JSON.stringify(body) })
  const signature = (signal?: AbortSignal) =>
    fetch(`${server.url}/glm-5-fp8/v1/proxy/signature/chatcmpl-x`, { signal })

  it('junk: 200 with a body that is not JSON', async () => {
    await knob('signature-fault', { fault: 'junk' })
    const res = await signature()
    expect(res.status).toBe(200)
    await expect(res.clone().json()).rejects.toThrow()
  })

  it('wrong-shape: JSON without string fields', async () => {
    await knob('signature-fault', { slug: 'glm-5-fp8', fault: 'wrong-shape' })
    expect(await (await signature()).json()).toMatchObject({ text: 42, signing_address: null })
  })

  it('hang: never answers; clearing it restores the 404', async () => {
    await knob('signature-fault', { slug: 'glm-5-fp8', fault: null })
    await knob('signature-fault', { fault: 'hang' })
    await expect(signature(AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i)
    await knob('reset', {})
    expect((await signature()).status).toBe(404)
  })

  it('validates knob bodies', async () => {
    expect((await knob('signature-fault', { fault: 'nope' })).status).toBe(400)
    expect((await knob('hostile-next-output', { kind: 'nope' })).status).toBe(400)
    expect((await knob('random-errors', { rate: 2 })).status).toBe(400)
    expect((await knob('random-errors', { rate: 0.5, statuses: [200] })).status).toBe(400)
    // the live broker never sends these
    expect((await knob('random-errors', { rate: 0.5, statuses: [401] })).status).toBe(400)
    expect((await knob('random-errors', { rate: 0.5, statuses: [402, 500] })).status).toBe(400)
    expect((await knob('random-errors', { rate: 0.5, refusal: 'nope' })).status).toBe(400)
    expect((await knob('random-errors', { rate: 0.5, seed: 3 })).status).toBe(200)
    const state = (await (await fetch(`${server.url}/__test/unsettled`)).json()) as {
      knobs: { randomErrors: Record<string, unknown> }
    }
    expect(state.knobs.randomErrors['*']).toEqual({
      rate: 0.5,
      statuses: [400, 429, 500, 503],
      refusal: 'balance',
    })
    expect(RANDOM_ERROR_STATUSES).toEqual([400, 429, 500, 503])
  })

  it('charge: adds exactly that fee to the user’s unsettled usage; bad bodies are refused', async () => {
    const user = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
    expect((await knob('charge', { user, amount: '5' })).status).toBe(400) // slug required
    expect((await knob('charge', { slug: 'glm-5-fp8', user: 'nope', amount: '5' })).status).toBe(
      400,
    )
    for (const amount of ['0', '-1', '1.5', 5, '0x10'])
      expect((await knob('charge', { slug: 'glm-5-fp8', user, amount })).status).toBe(400)
    expect(
      (await knob('charge', { slug: 'glm-5-fp8', user, amount: '3000000000000000000' })).status,
    ).toBe(200)
    const state = (await (await fetch(`${server.url}/__test/unsettled`)).json()) as {
      entries: { slug: string; user: string; unsettled: string }[]
    }
    const entry = state.entries.find((e) => e.slug === 'glm-5-fp8' && e.user === user)
    expect(BigInt(entry!.unsettled)).toBe(3_000_000_000_000_000_000n)
  })
})
