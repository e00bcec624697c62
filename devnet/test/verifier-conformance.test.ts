/**
 * Conformance of our browser verifier (src/lib/protocol/verify-response.ts) with the official SDK's
 * `processResponse` (0.9.0) on the same devnet responses: genuine chat (JSON and stream), images,
 * a tampered signature (signed by a foreign key) and an unknown chat id give the same verdict;
 * where the broker re-marshals or rewrites the request (no include_usage, a rewriting provider)
 * both verify and we say the request was changed; a separate LLM node has no proof for either.
 * Documented differences, asserted as such: TeeTLS (the SDK does not count it as verifiable; we
 * check its TEE signature and family B) and content replay (the SDK checks only the signer; we
 * also compare the signed response hash with the bytes). Also checks the `fail-next` knob's `retryAfter` used by the
 * Playground e2e. Uses a fresh funded key, so no other test file's balances move.
 */
import { createWalletClient, http, parseEther, stringToBytes, type Address } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { createPublicClient } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inferenceServingAbi } from '../src/abis/inference-serving'
import { verifyResponse } from '../../src/lib/protocol/verify-response'
import { providerKnobs } from '../testkit/knobs'
import { sdkBroker, type Broker } from './support/sdk'

const devnet = inject('devnet')
const client = createPublicClient({ chain: anvil, transport: http(devnet.rpcUrl) })
const providerOf = (slug: string) => devnet.providers.find((p) => p.slug === slug)!
const key = generatePrivateKey()
let broker: Broker

const { knob, postKnob } = providerKnobs(devnet.providerServerUrl)

beforeAll(async () => {
  const deployer = createWalletClient({
    account: privateKeyToAccount(devnet.deployer.privateKey),
    chain: anvil,
    transport: http(devnet.rpcUrl),
  })
  const hash = await deployer.sendTransaction({
    to: privateKeyToAccount(key).address,
    value: parseEther('30'),
  })
  await client.waitForTransactionReceipt({ hash, pollingInterval: 50 })
  ;({ broker } = await sdkBroker(devnet, key))
  await broker.ledger.addLedger(20)
  for (const slug of [
    'glm-5-fp8',
    'z-image',
    'qwen3-6-plus',
    'qwen3-14b-rewriting',
    'llama-3-3-70b-separated',
    'qwen-2-5-7b-instruct',
  ])
    await broker.ledger.transferFund(providerOf(slug).address, 'inference', parseEther('3'))
}, 120_000)

interface Sent {
  provider: Address
  chatId: string
  requestBody: Uint8Array
  responseBody: Uint8Array
}

async function send(slug: string, path: string, body: Record<string, unknown>): Promise<Sent> {
  const p = providerOf(slug)
  const headers = (await broker.inference.getRequestHeaders(p.address)) as unknown as Record<
    string,
    string
  >
  const requestBody = stringToBytes(JSON.stringify({ model: p.model, ...body }))
  const res = await fetch(`${p.url}/v1/proxy/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: requestBody as BodyInit,
  })
  expect(res.status).toBe(200)
  const responseBody = new Uint8Array(await res.arrayBuffer())
  // No ZG-Res-Key (a separate LLM node): the body's (or first chunk's) id, as the SDK and app do.
  const bodyId = /"id":"([^"]+)"/.exec(new TextDecoder().decode(responseBody))?.[1] ?? ''
  return {
    provider: p.address,
    chatId: res.headers.get('ZG-Res-Key') ?? bodyId,
    requestBody,
    responseBody,
  }
}

/** Our verdict, from the service read on chain and the signature route (as the browser does). */
async function ours(s: Sent, responseBody = s.responseBody) {
  const service = await client.readContract({
    address: devnet.contracts.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [s.provider],
  })
  const res = await fetch(`${service.url}/v1/proxy/signature/${s.chatId}?model=${service.model}`)
  const payload: unknown = res.ok ? await res.json() : null
  return verifyResponse({ service, payload, requestBody: s.requestBody, responseBody })
}

const sdk = (s: Sent) => broker.inference.processResponse(s.provider, s.chatId)
const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  messages: [{ role: 'user', content }],
  ...extra,
})

describe('our verifier agrees with processResponse', () => {
  it('genuine JSON chat: both verified', async () => {
    const s = await send('glm-5-fp8', 'chat/completions', chat('conformance json'))
    expect(await sdk(s)).toBe(true)
    expect((await ours(s)).status).toBe('verified')
  })

  it('genuine streamed chat with include_usage (raw SSE bytes): both verified, request bound', async () => {
    const s = await send(
      'glm-5-fp8',
      'chat/completions',
      chat('conformance stream', { stream: true, stream_options: { include_usage: true } }),
    )
    expect(await sdk(s)).toBe(true)
    expect(await ours(s)).toMatchObject({ status: 'verified', requestMatches: true })
  })

  it('streamed chat without include_usage (the broker re-marshals it): both verified, request changed', async () => {
    const s = await send(
      'qwen-2-5-7b-instruct',
      'chat/completions',
      chat('conformance <stream> & more', { stream: true }),
    )
    expect(await sdk(s)).toBe(true)
    expect(await ours(s)).toMatchObject({
      status: 'verified',
      responseMatches: true,
      requestMatches: false,
    })
  })

  it('genuine image generation (family C over the decoded images): both verified', async () => {
    const s = await send('z-image', 'images/generations', { prompt: 'x', n: 2, size: '256x256' })
    expect(await sdk(s)).toBe(true)
    expect(await ours(s)).toMatchObject({ status: 'verified', family: 'images' })
  })

  it('a rewriting provider (model rewritten, field injected): both verified, request changed', async () => {
    const s = await send('qwen3-14b-rewriting', 'chat/completions', chat('conformance rewrite'))
    expect(await sdk(s)).toBe(true)
    expect(await ours(s)).toMatchObject({ status: 'verified', requestMatches: false })
  })

  it('a separate LLM node (no ZG-Res-Key, no broker signature): the SDK throws, we say no proof', async () => {
    const s = await send(
      'llama-3-3-70b-separated',
      'chat/completions',
      chat('conformance separated'),
    )
    expect(s.chatId).toMatch(/^chatcmpl-[0-9a-f-]{36}$/)
    await expect(sdk(s)).rejects.toThrow()
    expect((await ours(s)).status).toBe('no-proof')
  })

  it('tampered signature (a foreign signer): both refuse', async () => {
    await knob('tamper-next-signature', { slug: 'glm-5-fp8' })
    const s = await send('glm-5-fp8', 'chat/completions', chat('conformance tamper'))
    expect(await sdk(s)).toBe(false)
    expect(await ours(s)).toMatchObject({ status: 'invalid', reason: 'wrong-signer' })
  })

  it('unknown chat id: the SDK throws, we say the provider gave no proof (never verified)', async () => {
    const s = await send('glm-5-fp8', 'chat/completions', chat('conformance unknown'))
    const unknown = { ...s, chatId: 'chatcmpl-devnet-unknown' }
    await expect(sdk(unknown)).rejects.toThrow()
    expect(await ours(unknown)).toMatchObject({ status: 'no-proof' })
  })
})

describe('documented differences', () => {
  it('content replay: the SDK accepts any bytes under a genuine signature, we do not', async () => {
    const s = await send('glm-5-fp8', 'chat/completions', chat('conformance replay'))
    expect(await sdk(s)).toBe(true)
    const other = stringToBytes('{"choices":[{"message":{"content":"forged"}}]}')
    expect(await ours(s, other)).toMatchObject({
      status: 'invalid',
      reason: 'content-mismatch',
      signedByTee: true,
    })
  })

  it('TeeTLS: the SDK says false by mode; we verify family B and read the signed upstream', async () => {
    const s = await send('qwen3-6-plus', 'chat/completions', chat('conformance teetls'))
    expect(await sdk(s)).toBe(false)
    expect(await ours(s)).toMatchObject({
      status: 'verified',
      family: 'routing',
      requestMatches: true,
      routing: { providerType: 'centralized', providerIdentity: 'aliyun' },
    })
  })
})

describe('fail-next knob', () => {
  it('retryAfter adds a Retry-After header to the injected answer', async () => {
    // z-image: its rate-limit bucket is nearly full here (glm's may be spent by the cases above).
    await knob('fail-next', { slug: 'z-image', status: 429, retryAfter: 3 })
    const p = providerOf('z-image')
    const headers = (await broker.inference.getRequestHeaders(p.address)) as unknown as Record<
      string,
      string
    >
    const res = await fetch(`${p.url}/v1/proxy/images/generations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ model: p.model, prompt: 'x', n: 1, size: '256x256' }),
    })
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('3')
    expect((await postKnob('fail-next', { status: 429, retryAfter: -1 })).status).toBe(400)
  })
})

describe('TargetTeeAddress (a decentralized TargetSeparated service)', () => {
  // Two throwaway services pointing at z-image's URL (glm's rate-limit bucket is spent above), each naming its own target signer; removed after.
  const owner = createWalletClient({
    account: privateKeyToAccount(devnet.deployer.privateKey),
    chain: anvil,
    transport: http(devnet.rpcUrl),
  })
  const relays = [generatePrivateKey(), generatePrivateKey()].map((k) => privateKeyToAccount(k))
  const inference = { address: devnet.contracts.inference, abi: inferenceServingAbi } as const
  const mined = (hash: `0x${string}`) =>
    client.waitForTransactionReceipt({ hash, pollingInterval: 50 })

  async function register(relay: (typeof relays)[number], target: Address): Promise<void> {
    const real = providerOf('z-image')
    await mined(await owner.sendTransaction({ to: relay.address, value: parseEther('101') }))
    const wallet = createWalletClient({
      account: relay,
      chain: anvil,
      transport: http(devnet.rpcUrl),
    })
    await mined(
      await wallet.writeContract({
        ...inference,
        functionName: 'addOrUpdateService',
        value: parseEther('100'),
        args: [
          {
            serviceType: 'text-to-image',
            url: real.url,
            model: real.model,
            verifiability: 'TeeML',
            inputPrice: 1n,
            outputPrice: 1n,
            additionalInfo: JSON.stringify({
              TargetSeparated: true,
              ProviderType: 'decentralized',
              TargetTeeAddress: target,
            }),
            // Not z-image's signer: only the TargetTeeAddress rule can make its signatures count.
            teeSignerAddress: privateKeyToAccount(generatePrivateKey()).address,
          },
        ],
      }),
    )
    await mined(
      await owner.writeContract({
        ...inference,
        functionName: 'acknowledgeTEESignerByOwner',
        args: [relay.address],
      }),
    )
  }

  afterAll(async () => {
    for (const relay of relays) {
      const wallet = createWalletClient({
        account: relay,
        chain: anvil,
        transport: http(devnet.rpcUrl),
      })
      await wallet
        .writeContract({ ...inference, functionName: 'removeService' })
        .then(mined)
        .catch(() => undefined)
    }
  })

  it('target = the real TEE signer: both verified; target = a foreign address: both refuse', async () => {
    await register(relays[0]!, providerOf('z-image').teeSigner)
    await register(relays[1]!, privateKeyToAccount(generatePrivateKey()).address)
    const s = await send('z-image', 'images/generations', {
      prompt: 'target',
      n: 1,
      size: '256x256',
    })
    const good = { ...s, provider: relays[0]!.address }
    const foreign = { ...s, provider: relays[1]!.address }
    expect(await sdk(good)).toBe(true)
    expect((await ours(good)).status).toBe('verified')
    expect(await sdk(foreign)).toBe(false)
    expect(await ours(foreign)).toMatchObject({ status: 'invalid', reason: 'wrong-signer' })
  })
})
