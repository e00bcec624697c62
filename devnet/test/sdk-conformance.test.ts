/**
 * Conformance: the unmodified official SDK (@0gfoundation/0g-compute-ts-sdk@0.9.0), given no
 * contract addresses, works against the devnet: catalog, ledger, transfers, request headers,
 * response verification for every TeeML service type, verifyService, API keys and settlement.
 * Not covered here: our own browser verifier (compared with the SDK in the Playground issue).
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { createPublicClient, http, parseEther, type Address } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { inferenceServingAbi } from '../src/abis/inference-serving'
import { ledgerManagerAbi } from '../src/abis/ledger-manager'
import { CATALOG } from '../src/catalog'
import { providerKnobs } from '../testkit/knobs'
import { multipartBody } from './support/multipart'
import { sdkBroker, type Broker } from './support/sdk'
import { sineWav } from '../testkit/wav'

const devnet = inject('devnet')
const user = devnet.devWallets[4]!
const client = createPublicClient({ transport: http(devnet.rpcUrl) })
const providerOf = (slug: string) => devnet.providers.find((p) => p.slug === slug)!

let broker: Broker

async function authHeaders(provider: Address): Promise<Record<string, string>> {
  const h = await broker.inference.getRequestHeaders(provider)
  return h as unknown as Record<string, string>
}

function smallPng(): Uint8Array {
  const png = new PNG({ width: 16, height: 16 })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 40, 40, 255], i)
  return new Uint8Array(PNG.sync.write(png))
}

beforeAll(async () => {
  ;({ broker } = await sdkBroker(devnet, user.privateKey))
  await broker.ledger.addLedger(3)
  await broker.ledger.depositFund(20)
  for (const slug of [
    'glm-5-fp8',
    'z-image',
    'qwen-image-edit-2511',
    'whisper-large-v3',
    'qwen3-6-plus',
  ]) {
    await broker.ledger.transferFund(providerOf(slug).address, 'inference', parseEther('3'))
  }
}, 120_000)

describe('official SDK against the devnet', () => {
  it('lists the 11 seeded services with their exact prices', async () => {
    const services = await broker.inference.listService()
    expect(services).toHaveLength(CATALOG.length)
    for (const entry of CATALOG) {
      const s = services.find((x) => x.model === entry.model)
      expect(s, entry.model).toBeDefined()
      expect(s!.inputPrice).toBe(entry.inputPrice)
      expect(s!.outputPrice).toBe(entry.outputPrice)
      expect(s!.serviceType).toBe(entry.serviceType)
      expect(s!.verifiability).toBe(entry.verifiability)
    }
  })

  it('created the ledger and the sub-accounts', async () => {
    const ledger = await client.readContract({
      address: devnet.contracts.ledger,
      abi: ledgerManagerAbi,
      functionName: 'getLedger',
      args: [user.address],
    })
    expect(ledger.totalBalance).toBe(parseEther('23'))
    expect(ledger.availableBalance).toBe(parseEther('8'))
  })

  it('chat (JSON) verifies with processResponse', async () => {
    const p = providerOf('glm-5-fp8')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const res = await fetch(`${endpoint}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await authHeaders(p.address)) },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Hello devnet' }] }),
    })
    expect(res.status).toBe(200)
    const chatID = res.headers.get('ZG-Res-Key')
    expect(chatID).toBeTruthy()
    const body = (await res.json()) as {
      usage: unknown
      choices: { message: { content: string } }[]
    }
    expect(body.choices[0]!.message.content).toMatch(/devnet/i)
    expect(
      await broker.inference.processResponse(p.address, chatID!, JSON.stringify(body.usage)),
    ).toBe(true)
  })

  it('chat (stream) verifies with processResponse', async () => {
    const p = providerOf('glm-5-fp8')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const res = await fetch(`${endpoint}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await authHeaders(p.address)) },
      body: JSON.stringify({
        model,
        stream: true,
        messages: [{ role: 'user', content: 'Stream please' }],
      }),
    })
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('data: [DONE]')
    const usageLine = text.split('\n').find((l) => l.startsWith('data: {') && l.includes('"usage"'))
    const usage = usageLine
      ? (JSON.parse(usageLine.slice(6)) as { usage: unknown }).usage
      : undefined
    expect(usage).toBeTruthy()
    const chatID = res.headers.get('ZG-Res-Key')!
    expect(await broker.inference.processResponse(p.address, chatID, JSON.stringify(usage))).toBe(
      true,
    )
  })

  it('an unknown chat id is rejected by processResponse', async () => {
    await expect(
      broker.inference.processResponse(providerOf('glm-5-fp8').address, 'no-such-id'),
    ).rejects.toThrow()
  })

  it('image generation verifies with processResponse', async () => {
    const p = providerOf('z-image')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const res = await fetch(`${endpoint}/images/generations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await authHeaders(p.address)) },
      body: JSON.stringify({
        model,
        prompt: 'a red square',
        n: 1,
        size: '256x256',
        response_format: 'b64_json',
      }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: { b64_json: string }[] }
    const png = PNG.sync.read(Buffer.from(body.data[0]!.b64_json, 'base64'))
    expect(png.width).toBe(256)
    expect(await broker.inference.processResponse(p.address, res.headers.get('ZG-Res-Key')!)).toBe(
      true,
    )
  })

  it('image editing verifies with processResponse', async () => {
    const p = providerOf('qwen-image-edit-2511')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const { body, contentType } = multipartBody(
      { model, prompt: 'make it blue', response_format: 'b64_json' },
      { field: 'image', filename: 'in.png', contentType: 'image/png', bytes: smallPng() },
    )
    const res = await fetch(`${endpoint}/images/edits`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...(await authHeaders(p.address)) },
      body,
    })
    expect(res.status).toBe(200)
    const out = (await res.json()) as { data: { b64_json: string }[] }
    expect(PNG.sync.read(Buffer.from(out.data[0]!.b64_json, 'base64')).width).toBe(16)
    expect(await broker.inference.processResponse(p.address, res.headers.get('ZG-Res-Key')!)).toBe(
      true,
    )
  })

  it('transcription reports the real duration and verifies with processResponse', async () => {
    const p = providerOf('whisper-large-v3')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const { body, contentType } = multipartBody(
      { model, response_format: 'json' },
      { field: 'file', filename: 'tone.wav', contentType: 'audio/wav', bytes: sineWav(2.5) },
    )
    const res = await fetch(`${endpoint}/audio/transcriptions`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...(await authHeaders(p.address)) },
      body,
    })
    expect(res.status).toBe(200)
    const out = (await res.json()) as { text: string; usage: unknown }
    expect(out.text).toMatch(/2\.5/)
    expect(
      await broker.inference.processResponse(
        p.address,
        res.headers.get('ZG-Res-Key')!,
        JSON.stringify(out.usage),
      ),
    ).toBe(true)
  })

  it('the TeeTLS service is not counted as verifiable by the SDK', async () => {
    const p = providerOf('qwen3-6-plus')
    const { endpoint, model } = await broker.inference.getServiceMetadata(p.address)
    const res = await fetch(`${endpoint}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await authHeaders(p.address)) },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
    })
    expect(res.status).toBe(200)
    expect(await broker.inference.processResponse(p.address, res.headers.get('ZG-Res-Key')!)).toBe(
      false,
    )
  })

  it('verifyService passes the signer and compose-hash checks', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'verify-'))
    const result = await broker.inference.verifyService(providerOf('glm-5-fp8').address, out)
    expect(result?.signerVerification?.allMatch).toBe(true)
    expect(result?.composeVerification?.passed).toBe(true)
  })

  it('an API key works until it is revoked, then the provider answers 400 as the broker does', async () => {
    const p = providerOf('z-image')
    const key = await broker.inference.requestProcessor.createApiKey(p.address, { tokenId: 7 })
    expect(key.tokenId).toBe(7)
    const call = () =>
      fetch(`${p.url}/v1/proxy/images/generations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key.rawToken}` },
        body: JSON.stringify({ model: p.model, prompt: 'key test', n: 1, size: '256x256' }),
      })
    expect((await call()).status).toBe(200)
    await broker.inference.revokeApiKey(p.address, 7)
    // The provider sees the revocation when its cached account expires (live: up to 10 min).
    await providerKnobs(devnet.providerServerUrl).knob('account-cache', { flush: true })
    const after = await call()
    expect(after.status).toBe(400)
    expect(await after.json()).toEqual({
      error: 'validate session: session token has been revoked',
    })
  })

  it('settlement debits the sub-account by exactly the metered fee', async () => {
    const p = providerOf('glm-5-fp8')
    const unsettledRes = await fetch(`${p.url}/v1/user/${user.address}/unsettledfee`, {
      headers: await authHeaders(p.address),
    })
    const { unsettledFee } = (await unsettledRes.json()) as { unsettledFee: string }
    expect(BigInt(unsettledFee)).toBeGreaterThan(0n)
    const read = () =>
      client.readContract({
        address: devnet.contracts.inference,
        abi: inferenceServingAbi,
        functionName: 'getAccount',
        args: [user.address, p.address],
      })
    const before = await read()
    const settle = await fetch(`${devnet.providerServerUrl}/__admin/settle`, { method: 'POST' })
    expect(settle.status).toBe(200)
    const after = await read()
    expect(before.balance - after.balance).toBe(BigInt(unsettledFee))
    expect(after.nonce).toBe(before.nonce + 1n)
  })
})
