/**
 * Malicious-provider knobs against the real devnet: no `ZG-Res-Key`, a replayed signature, hostile
 * output (5 MB, invalid UTF-8), an endless stream, random errors (never metered) and a settlement
 * that takes more than was metered (overcharge). Uses wallet 1.
 */
import { parseEther } from 'viem'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { responseSignedText } from '../../src/lib/protocol/signed-text'
import { INVALID_UTF8_BYTES } from '../src/provider-server/responders/hostile'
import { unsettledEntries } from './support/load'
import { providerKnobs } from '../testkit/knobs'
import { chatBody, post, providerBySlug, providerTestSetup } from './support/provider-user'

const { devnet, user } = providerTestSetup(1)
const p = providerBySlug(devnet, 'deepseek-chat-v3-0324')
const { knob, settle } = providerKnobs(devnet.providerServerUrl)
const chat = async (content: string, extra: Record<string, unknown> = {}, signal?: AbortSignal) =>
  fetch(`${p.url}/v1/proxy/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: await user.bearer(p.address) },
    body: Buffer.from(chatBody(content, extra)),
    signal,
  })
const signature = async (chatId: string) =>
  (await (await fetch(`${p.url}/v1/proxy/signature/${chatId}`)).json()) as { text: string }

beforeAll(async () => {
  await knob('reset')
  await user.fundLedger(parseEther('10'))
  await user.transferFund(p.address, parseEther('5'))
}, 60_000)
afterEach(() => knob('reset'))

describe('malicious provider knobs', () => {
  it('omit-next-res-key: no header and no id in the body, once', async () => {
    await knob('omit-next-res-key', { slug: p.slug })
    const res = await chat('no key')
    expect(res.status).toBe(200)
    expect(res.headers.get('zg-res-key')).toBeNull()
    expect(await res.json()).not.toHaveProperty('id')
    expect((await chat('key again')).headers.get('zg-res-key')).toMatch(/^chatcmpl-devnet-/)
  })

  it('replay-next-signature: the next chat id serves the previous response’s signature', async () => {
    const req1 = chatBody('first')
    const first = await post(
      `${p.url}/v1/proxy/chat/completions`,
      req1,
      await user.bearer(p.address),
    )
    const id1 = first.headers.get('zg-res-key')!
    const bytes1 = new Uint8Array(await first.arrayBuffer())
    await knob('replay-next-signature', { slug: p.slug })
    const second = await chat('second')
    const id2 = second.headers.get('zg-res-key')!
    const bytes2 = new Uint8Array(await second.arrayBuffer())
    expect((await signature(id1)).text).toBe(responseSignedText(req1, bytes1))
    expect((await signature(id2)).text).toBe((await signature(id1)).text)
    expect((await signature(id2)).text).not.toBe(responseSignedText(chatBody('second'), bytes2))
  })

  it('hostile-next-output: 5 MB streamed; invalid UTF-8 bytes on the wire', async () => {
    await knob('hostile-next-output', { slug: p.slug, kind: 'huge' })
    const huge = await chat('huge', { stream: true })
    const hugeBytes = Buffer.from(await huge.arrayBuffer())
    expect(hugeBytes.length).toBeGreaterThan(5 * 1024 * 1024)
    expect(hugeBytes.toString().endsWith('data: [DONE]\n\n')).toBe(true)
    await knob('hostile-next-output', { slug: p.slug, kind: 'invalid-utf8' })
    const bad = Buffer.from(await (await chat('bad')).arrayBuffer())
    expect(bad.includes(INVALID_UTF8_BYTES)).toBe(true)
  })

  it('endless-next-stream: sends until the client aborts, never billed', async () => {
    const before = await unsettledEntries(devnet)
    const servedBefore = before.find((e) => e.slug === p.slug)?.servedRequests ?? 0
    await knob('endless-next-stream', { slug: p.slug })
    const ac = new AbortController()
    const res = await chat('forever', { stream: true }, ac.signal)
    const reader = res.body!.getReader()
    let received = 0
    while (received < 20_000) received += (await reader.read()).value?.length ?? 0
    ac.abort()
    await new Promise((r) => setTimeout(r, 100))
    const after = await unsettledEntries(devnet)
    expect(after.find((e) => e.slug === p.slug)?.servedRequests ?? 0).toBe(servedBefore)
    expect(after.find((e) => e.slug === p.slug)?.inFlight ?? '0').toBe('0')
  })

  it("random-errors: the broker's 400/429/500/503 shapes, 429 without Retry-After, only 200s metered", async () => {
    await knob('reset')
    const served0 = (await unsettledEntries(devnet)).find((e) => e.slug === p.slug)
    await knob('random-errors', { slug: p.slug, rate: 0.6, seed: 42 })
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await chat(`r${i}`)
      statuses.push(res.status)
      if (res.status === 200) {
        await res.arrayBuffer()
        continue
      }
      expect(res.headers.get('retry-after')).toBeNull()
      const body = (await res.json()) as Record<string, unknown>
      expect(Object.keys(body)).toEqual(['error'])
      if (res.status === 400) {
        expect(body.error).toMatch(
          /^validate request: insufficient balance: your locked balance is 1\.000000 0G, but the required minimum is 1\.\d{6} 0G \(breakdown: /,
        )
      }
      // the knob's (the broker's per-IP limiter's words) or, past burst 5, the devnet's per-user limiter
      if (res.status === 429)
        expect(body.error).toMatch(
          /^(Too many requests\. Please try again later\.|rate limit exceeded)/,
        )
      if (res.status === 500) expect(body.error).toBe('Internal Server Error')
      if (res.status === 503) expect(body.error).toBe('Service Unavailable')
    }
    expect(statuses.every((s) => [200, 400, 429, 500, 503].includes(s))).toBe(true)
    expect(new Set(statuses.filter((s) => s !== 200)).size).toBeGreaterThan(1)
    const entry = (await unsettledEntries(devnet)).find((e) => e.slug === p.slug)
    expect((entry?.servedRequests ?? 0) - (served0?.servedRequests ?? 0)).toBe(
      statuses.filter((s) => s === 200).length,
    )
  })

  it("random-errors with refusal 'session': the broker's session refusal", async () => {
    await knob('random-errors', { slug: p.slug, rate: 1, statuses: [400], refusal: 'session' })
    const res = await chat('refused')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: 'validate session: session token expired' })
  })

  it('overcharge: the settlement takes the metered fee plus the extra, exactly, on chain', async () => {
    const extra = 1_234_567_890_123n
    await knob('overcharge', { slug: p.slug, amount: extra.toString() })
    const res = await chat('charge me more')
    expect(res.status).toBe(200)
    await res.arrayBuffer()
    const metered = BigInt(
      (await unsettledEntries(devnet)).find(
        (e) => e.slug === p.slug && e.user.toLowerCase() === user.address.toLowerCase(),
      )!.unsettled,
    )
    expect(metered).toBeGreaterThan(0n)
    const before = await user.subAccount(p.address)
    const { reports } = (await settle(p.slug)) as {
      reports: { user: string; status: string; settled: string; totalFee: string }[]
    }
    expect(reports.find((r) => r.user === user.address)).toMatchObject({
      status: 'success',
      totalFee: (metered + extra).toString(),
      settled: (metered + extra).toString(),
    })
    const after = await user.subAccount(p.address)
    expect(before.balance - after.balance).toBe(metered + extra)
    // The meter is cleared of what it metered; nothing is left to settle.
    const entry = (await unsettledEntries(devnet)).find((e) => e.slug === p.slug)!
    expect(entry.unsettled).toBe('0')
    await knob('overcharge', { slug: p.slug, amount: '0' })
    expect(
      (await fetch(`${devnet.providerServerUrl}/__test/unsettled`).then((r) => r.json())) as {
        knobs: { overcharge: Record<string, string> }
      },
    ).toMatchObject({ knobs: { overcharge: {} } })
  })
})
