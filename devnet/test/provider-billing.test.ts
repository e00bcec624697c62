/**
 * Provider server billing: the admission rule (402 with needed vs available), rate limits (429 without
 * Retry-After), metering by the published prices, and settlement on chain debiting exactly the
 * metered fee. Uses dev wallet 2.
 */
import { formatEther, parseEther } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import { CATALOG } from '../src/catalog'
import {
  chatBody,
  ONE_0G,
  post,
  providerBySlug,
  providersBySlug,
  providerTestSetup,
  startExtraProviderServer,
} from './support/provider-user'
import { multipartBody } from './support/multipart'
import { sineWav } from '../testkit/wav'

const { devnet, user } = providerTestSetup(2)
const [glm, gptOss, zImage] = providersBySlug(devnet, 'glm-5-fp8', 'gpt-oss-120b', 'z-image')
const reset = () => fetch(`${devnet.providerServerUrl}/__test/reset`, { method: 'POST' })
const chat = async (content: string) =>
  post(`${glm.url}/v1/proxy/chat/completions`, chatBody(content), await user.bearer(glm.address))

beforeAll(async () => {
  await reset()
  await user.fundLedger(parseEther('14'))
  await user.transferFund(glm.address, parseEther('3'))
  await user.transferFund(gptOss.address, ONE_0G) // the minimum: not enough to be served
  await user.transferFund(zImage.address, parseEther('2'))
}, 60_000)

describe('admission', () => {
  it("a 1 0G sub-account is refused with the broker's 400 stating needed vs available and what to do", async () => {
    const res = await post(
      `${gptOss.url}/v1/proxy/chat/completions`,
      chatBody('hi'),
      await user.bearer(gptOss.address),
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['error'])
    expect(body.error).toMatch(
      /^validate request: insufficient balance: your locked balance is 1\.000000 0G, but the required minimum is 1\.\d{6} 0G \(breakdown: minimum reserve 1\.000000 0G \+ unsettled fees 0\.000000 0G \+ current request fee 0\.\d{6} 0G\)\. Please add more funds with: 0g-compute-cli transfer-fund --provider 0x[0-9a-fA-F]{40} --amount <amount>$/,
    )
  })

  it('after a top-up the same user is served', async () => {
    await user.transferFund(gptOss.address, ONE_0G)
    const res = await post(
      `${gptOss.url}/v1/proxy/chat/completions`,
      chatBody('hi'),
      await user.bearer(gptOss.address),
    )
    expect(res.status).toBe(200)
  })

  it('an image request is admitted against balance − 1 0G and debits nothing before settlement', async () => {
    const auth = await user.bearer(zImage.address)
    const res = await post(
      `${zImage.url}/v1/proxy/images/generations`,
      JSON.stringify({ prompt: 'x', n: 4, size: '256x256' }),
      auth,
    )
    expect(res.status).toBe(200)
    const balance = (await user.subAccount(zImage.address)).balance
    expect(formatEther(balance)).toBe('2')
  })
})

describe('rate limits', () => {
  it('burst 5, then 429 without Retry-After (as the broker); reset clears it', async () => {
    await reset()
    for (let i = 0; i < 5; i++) expect((await chat(`burst ${i}`)).status).toBe(200)
    const limited = await chat('one too many')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBeNull()
    expect(await limited.json()).toEqual({
      error: expect.stringMatching(/^rate limit exceeded .*retry in \d+ s$/) as unknown,
    })
    await reset()
    expect((await chat('after reset')).status).toBe(200)
  })
})

describe('metering and settlement', () => {
  it('meters prompt × inputPrice + completion × outputPrice and settles exactly that on chain', async () => {
    await reset()
    await fetch(`${devnet.providerServerUrl}/__admin/settle`, {
      method: 'POST',
      body: JSON.stringify({ slug: glm.slug }),
    })
    const entry = CATALOG.find((e) => e.slug === glm.slug)!
    let expected = 0n
    for (const q of ['first question', 'second, longer question about settlement']) {
      const res = await chat(q)
      const { usage } = (await res.json()) as {
        usage: { prompt_tokens: number; completion_tokens: number }
      }
      expected +=
        BigInt(usage.prompt_tokens) * entry.inputPrice +
        BigInt(usage.completion_tokens) * entry.outputPrice
    }
    const auth = await user.bearer(glm.address)
    const feeRes = await fetch(`${glm.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(BigInt(((await feeRes.json()) as { unsettledFee: string }).unsettledFee)).toBe(expected)

    const before = await user.subAccount(glm.address)
    const settle = await post(
      `${devnet.providerServerUrl}/__admin/settle`,
      JSON.stringify({ slug: glm.slug }),
    )
    expect(settle.status).toBe(200)
    const { reports } = (await settle.json()) as {
      reports: { user: string; status: string; settled: string; totalFee: string }[]
    }
    expect(reports.find((r) => r.user === user.address)).toMatchObject({
      status: 'success',
      settled: expected.toString(),
      totalFee: expected.toString(),
    })
    const after = await user.subAccount(glm.address)
    expect(before.balance - after.balance).toBe(expected)
    expect(after.nonce).toBe(before.nonce + 1n)
    const again = await fetch(`${glm.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(await again.json()).toEqual({ unsettledFee: '0' })
  })

  it('the seeded cache-billed chatbot bills earlier turns at inputPrice / 10 (cacheTokenBilling)', async () => {
    const cachedChat = providerBySlug(devnet, 'qwen3-32b-cached')
    const entry = CATALOG.find((e) => e.slug === cachedChat.slug)!
    await user.transferFund(cachedChat.address, parseEther('2'))
    const auth = await user.bearer(cachedChat.address)
    const messages = [
      { role: 'user', content: 'first turn: tell me about prompt caches, please' },
      { role: 'assistant', content: 'A prompt cache keeps the processed prefix of a prompt.' },
      { role: 'user', content: 'and then?' },
    ]
    const res = await post(
      `${cachedChat.url}/v1/proxy/chat/completions`,
      JSON.stringify({ messages }),
      auth,
    )
    expect(res.status).toBe(200)
    const { usage } = (await res.json()) as {
      usage: {
        prompt_tokens: number
        completion_tokens: number
        prompt_tokens_details: { cached_tokens: number }
      }
    }
    const cached = BigInt(usage.prompt_tokens_details.cached_tokens)
    expect(cached).toBeGreaterThan(0n)
    expect(cached).toBeLessThan(BigInt(usage.prompt_tokens))
    // By hand: full tokens × price + floor(price × cached / 10) + completion × outputPrice.
    const expected =
      (BigInt(usage.prompt_tokens) - cached) * entry.inputPrice +
      (entry.inputPrice * cached) / 10n +
      BigInt(usage.completion_tokens) * entry.outputPrice
    const feeRes = await fetch(`${cachedChat.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(await feeRes.json()).toEqual({ unsettledFee: expected.toString() })
  })

  it('the seeded per-second speech service reports duration usage and bills max(round(s), 1) × inputPrice', async () => {
    const turbo = providerBySlug(devnet, 'whisper-large-v3-turbo')
    const entry = CATALOG.find((e) => e.slug === turbo.slug)!
    await user.transferFund(turbo.address, parseEther('2'))
    const auth = await user.bearer(turbo.address)
    let expected = 0n
    for (const [seconds, billed] of [
      [2.6, 3n],
      [0.3, 1n],
    ] as const) {
      const { body, contentType } = multipartBody(
        { model: turbo.model, response_format: 'json' },
        { field: 'file', filename: 'tone.wav', contentType: 'audio/wav', bytes: sineWav(seconds) },
      )
      const res = await post(`${turbo.url}/v1/proxy/audio/transcriptions`, body, auth, contentType)
      expect(res.status).toBe(200)
      const out = (await res.json()) as { usage: { type: string; seconds: number } }
      expect(out.usage).toEqual({ type: 'duration', seconds })
      expected += billed * entry.inputPrice
    }
    const feeRes = await fetch(`${turbo.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(await feeRes.json()).toEqual({ unsettledFee: expected.toString() })
  })

  it('image fees are n × outputPrice', async () => {
    await fetch(`${devnet.providerServerUrl}/__admin/settle`, { method: 'POST' })
    const auth = await user.bearer(zImage.address)
    await post(
      `${zImage.url}/v1/proxy/images/generations`,
      JSON.stringify({ prompt: 'y', n: 3, size: '256x256' }),
      auth,
    )
    const res = await fetch(`${zImage.url}/v1/user/${user.address}/unsettledfee`, {
      headers: { Authorization: auth },
    })
    expect(await res.json()).toEqual({ unsettledFee: (3n * parseEther('0.003')).toString() })
  })

  it('the settlement timer settles without being asked', async () => {
    // A second server on the same chain with its own meter; the main one only settles on demand.
    const timed = await startExtraProviderServer(devnet, {
      runId: 'timer',
      testMode: true,
      settleIntervalMs: 200,
      rateLimit: { perMinute: 30, burst: 5, concurrent: 5 },
    })
    try {
      const before = await user.subAccount(glm.address)
      const res = await post(
        `${timed.url}/${glm.slug}/v1/proxy/chat/completions`,
        chatBody('timer'),
        await user.bearer(glm.address),
      )
      expect(res.status).toBe(200)
      const { usage } = (await res.json()) as {
        usage: { prompt_tokens: number; completion_tokens: number }
      }
      const entry = CATALOG.find((e) => e.slug === glm.slug)!
      const fee =
        BigInt(usage.prompt_tokens) * entry.inputPrice +
        BigInt(usage.completion_tokens) * entry.outputPrice
      await expect
        .poll(async () => (await user.subAccount(glm.address)).nonce, {
          timeout: 5000,
          interval: 100,
        })
        .toBe(before.nonce + 1n)
      expect(before.balance - (await user.subAccount(glm.address)).balance).toBe(fee)
    } finally {
      await timed.close()
    }
  })
})
