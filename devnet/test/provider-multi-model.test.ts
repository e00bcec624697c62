/**
 * A multi-model forwarder (the seeded qwen-forwarder): chain carries `MultiModel` and the ceiling,
 * `GET /v1/models` the per-model prices, and each request is metered — and settled — at the
 * prices of the model it names, exactly what the app computes from those two
 * (`priceForModel` + `feeFor`). Uses dev wallet 2 (after provider-billing.test.ts; files run
 * one at a time).
 */
import { createPublicClient, http, parseEther, type Hex } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  isMultiModel,
  multiModelCeiling,
  parseModelPrices,
  priceForModel,
  type ModelPrice,
} from '../../src/lib/protocol/billing'
import { routingText } from '../../src/lib/protocol/broker-texts.testkit'
import { feeFor, type PricedService } from '../../src/lib/protocol/pricing'
import { inferenceServingAbi } from '../src/abis/inference-serving'
import { chatBody, post, providerBySlug, providerTestSetup } from './support/provider-user'

const { devnet, user } = providerTestSetup(2)
const forwarder = providerBySlug(devnet, 'qwen-forwarder')
const client = createPublicClient({ transport: http(devnet.rpcUrl) })

let onChain: PricedService & { model: string }
let models: ModelPrice[]

const unsettled = async (): Promise<bigint> => {
  const res = await fetch(`${forwarder.url}/v1/user/${user.address}/unsettledfee`, {
    headers: { Authorization: await user.bearer(forwarder.address) },
  })
  return BigInt(((await res.json()) as { unsettledFee: string }).unsettledFee)
}

const chat = async (content: string, model?: string) =>
  post(
    `${forwarder.url}/v1/proxy/chat/completions`,
    chatBody(content, model === undefined ? {} : { model }),
    await user.bearer(forwarder.address),
  )

interface Reply {
  id: string
  model: string
  usage: { prompt_tokens: number; completion_tokens: number }
}

beforeAll(async () => {
  await fetch(`${devnet.providerServerUrl}/__test/reset`, { method: 'POST' })
  await user.fundLedger(parseEther('4'))
  await user.transferFund(forwarder.address, parseEther('3'))
  const service = await client.readContract({
    address: devnet.contracts.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [forwarder.address],
  })
  onChain = service
  const res = await fetch(`${forwarder.url}/v1/models`)
  expect(res.status).toBe(200)
  models = parseModelPrices(await res.json())
}, 60_000)

describe('multi-model forwarder', () => {
  it('publishes MultiModel and the ceiling on chain, the per-model prices in /v1/models', () => {
    expect(isMultiModel(onChain)).toBe(true)
    expect(models.map((m) => m.model)).toEqual(['qwen-plus', 'qwen-max', 'qwen-turbo'])
    expect(multiModelCeiling(models)).toEqual({
      inputPrice: onChain.inputPrice,
      outputPrice: onChain.outputPrice,
    })
    // qwen-max sets the ceiling; the other two are cheaper, so the tests below can tell them apart
    const cheaper = models.filter(
      (m) => m.inputPrice < onChain.inputPrice && m.outputPrice < onChain.outputPrice,
    )
    expect(cheaper.map((m) => m.model)).toEqual(['qwen-plus', 'qwen-turbo'])
  })

  it('meters each request at the prices of the model it names, and settles exactly that', async () => {
    let total = 0n
    for (const [content, model] of [
      ['price me as the large model', 'qwen-max'],
      ['price me as the cheap one, please', 'qwen-turbo'],
      ['no model named: the service default', undefined],
    ] as const) {
      const before = await unsettled()
      const res = await chat(content, model)
      expect(res.status).toBe(200)
      const reply = (await res.json()) as Reply
      expect(reply.model).toBe(model ?? 'qwen-plus')
      const usage = {
        kind: 'tokens' as const,
        inputTokens: BigInt(reply.usage.prompt_tokens),
        outputTokens: BigInt(reply.usage.completion_tokens),
      }
      const priced = priceForModel(onChain, models, model ?? null)
      expect(priced.exact).toBe(true)
      const expected = feeFor(priced, usage)
      if (model === 'qwen-max') expect(expected).toBe(feeFor(onChain, usage))
      else expect(expected).toBeLessThan(feeFor(onChain, usage))
      expect((await unsettled()) - before).toBe(expected)
      total += expected
    }
    const account = await user.subAccount(forwarder.address)
    const settle = await post(
      `${devnet.providerServerUrl}/__admin/settle`,
      JSON.stringify({ slug: forwarder.slug }),
    )
    expect(settle.status).toBe(200)
    const after = await user.subAccount(forwarder.address)
    expect(account.balance - after.balance).toBe(total)
    expect(await unsettled()).toBe(0n)
  })

  it('refuses a model it does not list with the broker 400, unbilled', async () => {
    const before = await unsettled()
    const res = await chat('hello', 'gpt-4o')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error:
        "prepare HTTP request: validate model allowlist: model not supported: 'gpt-4o' is not available for this service",
    })
    expect(await unsettled()).toBe(before)
  })

  it('signs the forwarded body with the default model written in when the client named none', async () => {
    const res = await chat('which model')
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const chatId = res.headers.get('zg-res-key')!
    const sig = (await (
      await fetch(`${forwarder.url}/v1/proxy/signature/${chatId}?model=qwen-plus`)
    ).json()) as { text: string; signature: Hex; tls_cert_fingerprint: string }
    // Go encoding/json of the body with `model` set: keys sorted, no spaces
    const forwarded = '{"messages":[{"content":"which model","role":"user"}],"model":"qwen-plus"}'
    expect(sig.text).toBe(
      await routingText(forwarded, bytes, 'centralized', 'aliyun', sig.tls_cert_fingerprint),
    )
  })
})
