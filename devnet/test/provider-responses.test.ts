/**
 * Provider server responses: signatures that verify with viem and sign the live broker's texts,
 * built independently here (src/lib/protocol/broker-texts.testkit.ts): family A over the forwarded chat body
 * (include_usage added Go-style when missing, provider rewrites) and the exact response bytes,
 * family B for TeeTLS, family C over the decoded images; a separate LLM node; real PNGs, edits,
 * transcription of a real WAV, attestation reports, and the test knobs. Uses dev wallet 1.
 */
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { parseEther, verifyMessage, type Address, type Hex } from 'viem'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { checkAttestationReport } from '../../src/lib/protocol/attestation'
import { imagesText, plainText, routingText } from '../../src/lib/protocol/broker-texts.testkit'
import { providerKnobs } from '../testkit/knobs'
import { multipartBody } from './support/multipart'
import {
  chatBody,
  errorOf,
  post,
  providersBySlug,
  providerTestSetup,
  type ProviderInfo,
} from './support/provider-user'
import { sineWav } from '../testkit/wav'

const { devnet, user } = providerTestSetup(1)
const [glm, qwenTls, zImage, edit, whisper] = providersBySlug(
  devnet,
  'glm-5-fp8',
  'qwen3-6-plus',
  'z-image',
  'qwen-image-edit-2511',
  'whisper-large-v3',
)
const { knob, postKnob, unsettled: readUnsettled } = providerKnobs(devnet.providerServerUrl)

interface Signed {
  text: string
  signature: Hex
  signing_address: Address
  signing_algo: string
  provider_type?: string
  provider_identity?: string
  tls_cert_fingerprint?: string
}

const decodedImages = (bytes: Uint8Array): Uint8Array[] =>
  (JSON.parse(new TextDecoder().decode(bytes)) as { data: { b64_json: string }[] }).data.map(
    (d) => new Uint8Array(Buffer.from(d.b64_json, 'base64')),
  )

async function signatureOf(p: ProviderInfo, chatId: string): Promise<Signed> {
  const res = await fetch(
    `${p.url}/v1/proxy/signature/${chatId}?model=${encodeURIComponent(p.model)}`,
  )
  expect(res.status).toBe(200)
  return (await res.json()) as Signed
}

/** Asserts the signature is by the TEE signer over exactly `text`. */
async function expectGenuine(p: ProviderInfo, chatId: string, text: string): Promise<Signed> {
  const sig = await signatureOf(p, chatId)
  expect(sig.text).toBe(text)
  expect(sig.signing_address).toBe(p.teeSigner)
  expect(sig.signing_algo).toBe('ecdsa')
  expect(
    await verifyMessage({ address: p.teeSigner, message: sig.text, signature: sig.signature }),
  ).toBe(true)
  return sig
}

function redPng(w = 8, h = 8): Uint8Array {
  const png = new PNG({ width: w, height: h })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 40, 40, 255], i)
  return new Uint8Array(PNG.sync.write(png))
}

beforeAll(async () => {
  await knob('reset')
  await user.fundLedger(parseEther('20'))
  for (const p of [glm, qwenTls, zImage, edit, whisper])
    await user.transferFund(p.address, parseEther('3'))
}, 60_000)

afterEach(async () => {
  await knob('reset')
})

describe('chat', () => {
  it('JSON: ZG-Res-Key, usage, and a signature over sha256(request):sha256(response)', async () => {
    const req = chatBody('What is 0G?')
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    expect(res.status).toBe(200)
    const chatId = res.headers.get('zg-res-key')!
    const bytes = new Uint8Array(await res.arrayBuffer())
    const body = JSON.parse(new TextDecoder().decode(bytes)) as {
      id: string
      model: string
      choices: { message: { content: string } }[]
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number }
    }
    expect(body.id).toBe(chatId)
    expect(body.model).toBe('GLM-5-FP8')
    expect(body.choices[0]!.message.content).toMatch(/devnet responder.*What is 0G\?/)
    expect(body.usage.prompt_tokens).toBe(Math.ceil('What is 0G?'.length / 4))
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens)
    const sig = await expectGenuine(glm, chatId, await plainText(req, bytes))
    expect(sig).not.toHaveProperty('tls_cert_fingerprint') // TeeML services carry no routing proof
  })

  it('SSE: id on every chunk, a final usage chunk, [DONE], signature over the exact byte stream', async () => {
    const req = chatBody('stream please', { stream: true })
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/)
    const chatId = res.headers.get('zg-res-key')!
    const bytes = new Uint8Array(await res.arrayBuffer())
    const text = new TextDecoder().decode(bytes)
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true)
    const chunks = text
      .split('\n\n')
      .filter((l) => l.startsWith('data: {'))
      .map((l) => JSON.parse(l.slice(6)) as { id: string; usage?: { completion_tokens: number } })
    expect(chunks.length).toBeGreaterThan(5)
    expect(chunks.every((c) => c.id === chatId)).toBe(true)
    expect(chunks.at(-1)!.usage!.completion_tokens).toBe(chunks.length - 2) // role chunk + final chunk
    // EnsureStreamOptions: include_usage added, the body re-marshalled the Go way (keys sorted)
    const forwarded =
      '{"messages":[{"content":"stream please","role":"user"}],"stream":true,"stream_options":{"include_usage":true}}'
    await expectGenuine(glm, chatId, await plainText(forwarded, bytes))
  })

  it('SSE with include_usage sent: the request hash is over the bytes sent', async () => {
    const req = chatBody('keep <my> bytes & all', {
      stream: true,
      stream_options: { include_usage: true },
    })
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    await expectGenuine(glm, res.headers.get('zg-res-key')!, await plainText(req, bytes))
  })

  it('a rewriting provider signs the body it forwards (model rewritten, a field injected)', async () => {
    await knob('provider-behaviour', {
      slug: 'glm-5-fp8',
      rewrite: { model: 'glm-5-lora', inject: { top_k: 20 } },
    })
    const req = chatBody('rewrite <me>', { model: 'GLM-5-FP8' })
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    const forwarded =
      '{"messages":[{"content":"rewrite \\u003cme\\u003e","role":"user"}],"model":"glm-5-lora","top_k":20}'
    await expectGenuine(glm, res.headers.get('zg-res-key')!, await plainText(forwarded, bytes))
  })

  it('a separate LLM node: no ZG-Res-Key, ids chatcmpl-<uuid>, no signature from the broker', async () => {
    await knob('provider-behaviour', { slug: 'glm-5-fp8', separatedNode: true })
    const req = chatBody('separated', { stream: true, stream_options: { include_usage: true } })
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    expect(res.headers.get('zg-res-key')).toBeNull()
    const text = await res.text()
    const ids = new Set(
      text
        .split('\n\n')
        .filter((l) => l.startsWith('data: {'))
        .map((l) => (JSON.parse(l.slice(6)) as { id: string }).id),
    )
    expect(ids.size).toBe(1)
    const [id] = [...ids]
    expect(id).toMatch(/^chatcmpl-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    const sig = await fetch(`${glm.url}/v1/proxy/signature/${id}?model=${glm.model}`)
    expect(sig.status).toBe(404)
  })

  it('TeeTLS: family B, req:resp:providerType:providerIdentity:tlsCertFingerprint', async () => {
    const req = chatBody('route me')
    const res = await post(
      `${qwenTls.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(qwenTls.address),
    )
    const chatId = res.headers.get('zg-res-key')!
    const bytes = new Uint8Array(await res.arrayBuffer())
    const first = await signatureOf(qwenTls, chatId)
    const fp = first.tls_cert_fingerprint!
    expect(fp).toMatch(/^[0-9a-f]{64}$/)
    const sig = await expectGenuine(
      qwenTls,
      chatId,
      await routingText(req, bytes, 'centralized', 'aliyun', fp),
    )
    expect(sig).toMatchObject({ provider_type: 'centralized', provider_identity: 'aliyun' })
  })
})

describe('images and audio', () => {
  it('generations: n real PNGs of the requested size', async () => {
    const req = new TextEncoder().encode(
      JSON.stringify({ prompt: 'a lighthouse', n: 2, size: '256x256' }),
    )
    const res = await post(
      `${zImage.url}/v1/proxy/images/generations`,
      req,
      await user.bearer(zImage.address),
    )
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { data: { b64_json: string }[] }
    expect(body.data).toHaveLength(2)
    for (const d of body.data) {
      const png = PNG.sync.read(Buffer.from(d.b64_json, 'base64'))
      expect([png.width, png.height]).toEqual([256, 256])
    }
    expect(body.data[0]!.b64_json).not.toBe(body.data[1]!.b64_json)
    // family C: the client's body and the decoded image bytes
    await expectGenuine(
      zImage,
      res.headers.get('zg-res-key')!,
      await imagesText(req, decodedImages(bytes)),
    )
  })

  it('generations: url format answers a data URL; a bad size is a 400', async () => {
    const auth = await user.bearer(zImage.address)
    const res = await post(
      `${zImage.url}/v1/proxy/images/generations`,
      JSON.stringify({ prompt: 'x', response_format: 'url', size: '256x256' }),
      auth,
    )
    const body = (await res.json()) as { data: { url: string }[] }
    expect(body.data[0]!.url).toMatch(/^data:image\/png;base64,/)
    const bad = await post(
      `${zImage.url}/v1/proxy/images/generations`,
      JSON.stringify({ prompt: 'x', size: '300x300' }),
      auth,
    )
    expect(bad.status).toBe(400)
    expect((await errorOf(bad)).message).toMatch(/size/)
  })

  it('edits: a PNG upload comes back visibly transformed; JPEG works; WebP is a 415', async () => {
    const auth = await user.bearer(edit.address)
    const file = { field: 'image', filename: 'red.png', contentType: 'image/png', bytes: redPng() }
    const { body, contentType } = multipartBody({ prompt: 'invert it', n: '1' }, file)
    const res = await post(`${edit.url}/v1/proxy/images/edits`, body, auth, contentType)
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const out = JSON.parse(new TextDecoder().decode(bytes)) as { data: { b64_json: string }[] }
    const png = PNG.sync.read(Buffer.from(out.data[0]!.b64_json, 'base64'))
    expect([...png.data.subarray(0, 4)]).toEqual([55, 215, 215, 255])
    await expectGenuine(
      edit,
      res.headers.get('zg-res-key')!,
      await imagesText(body, decodedImages(bytes)),
    )

    const raw = PNG.sync.read(Buffer.from(redPng()))
    const jpg = new Uint8Array(jpeg.encode({ width: 8, height: 8, data: raw.data }, 90).data)
    const j = multipartBody(
      { prompt: 'make it blue', size: '256x256' },
      { ...file, filename: 'a.jpg', contentType: 'image/jpeg', bytes: jpg },
    )
    const jr = await post(`${edit.url}/v1/proxy/images/edits`, j.body, auth, j.contentType)
    expect(jr.status).toBe(200)
    const jOut = (await jr.json()) as { data: { b64_json: string }[] }
    expect(PNG.sync.read(Buffer.from(jOut.data[0]!.b64_json, 'base64')).width).toBe(256)

    const webp = new Uint8Array(
      Buffer.concat([Buffer.from('RIFF\x10\0\0\0WEBPVP8 '), Buffer.alloc(16)]),
    )
    const w = multipartBody(
      { prompt: 'x' },
      { ...file, filename: 'a.webp', contentType: 'image/webp', bytes: webp },
    )
    const wr = await post(`${edit.url}/v1/proxy/images/edits`, w.body, auth, w.contentType)
    expect(wr.status).toBe(415)
    expect((await errorOf(wr)).message).toMatch(/PNG and JPEG only/)
  })

  it('transcriptions: the measured duration of a 2.5 s WAV, token usage, text format', async () => {
    const auth = await user.bearer(whisper.address)
    const file = {
      field: 'file',
      filename: 'tone.wav',
      contentType: 'audio/wav',
      bytes: sineWav(2.5),
    }
    const { body, contentType } = multipartBody({ model: 'whisper-large-v3' }, file)
    const res = await post(`${whisper.url}/v1/proxy/audio/transcriptions`, body, auth, contentType)
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const out = JSON.parse(new TextDecoder().decode(bytes)) as {
      text: string
      usage: { type: string; input_tokens: number }
    }
    expect(out.text).toMatch(/2\.50 seconds/)
    expect(out.text).toMatch(/devnet/)
    expect(out.usage).toMatchObject({ type: 'tokens', input_tokens: 125 })
    await expectGenuine(whisper, res.headers.get('zg-res-key')!, await plainText(body, bytes))

    const t = multipartBody({ response_format: 'text' }, file)
    const tr = await post(
      `${whisper.url}/v1/proxy/audio/transcriptions`,
      t.body,
      auth,
      t.contentType,
    )
    expect(tr.headers.get('content-type')).toMatch(/text\/plain/)
    expect(await tr.text()).toMatch(/2\.50 seconds/)

    const bad = multipartBody({}, { ...file, bytes: new TextEncoder().encode('not audio at all') })
    const br = await post(
      `${whisper.url}/v1/proxy/audio/transcriptions`,
      bad.body,
      auth,
      bad.contentType,
    )
    expect(br.status).toBe(400)
    expect((await errorOf(br)).message).toMatch(/cannot read the audio/)
  })
})

describe('attestation and models', () => {
  it('/v1/quote passes the signer and compose checks; the bad-quote knob breaks each', async () => {
    const quote = async () => (await fetch(`${glm.url}/v1/quote`)).text()
    expect(checkAttestationReport(await quote(), glm.teeSigner)).toMatchObject({ ok: true })
    await knob('bad-quote', { slug: glm.slug, kind: 'signer' })
    const badSigner = checkAttestationReport(await quote(), glm.teeSigner)
    expect(badSigner.signer.ok).toBe(false)
    expect(badSigner.compose.ok).toBe(true)
    await knob('bad-quote', { slug: glm.slug, kind: 'compose' })
    const badCompose = checkAttestationReport(await quote(), glm.teeSigner)
    expect(badCompose).toMatchObject({ ok: false, signer: { ok: true }, compose: { ok: false } })
  })

  it('/v1/models lists the service model', async () => {
    const res = await fetch(`${qwenTls.url}/v1/models`)
    const body = (await res.json()) as {
      object: string
      data: { id: string; owned_by: string; pricing: { tiered_pricing?: unknown[] } }[]
    }
    expect(body.object).toBe('list')
    expect(body.data[0]).toMatchObject({ id: 'qwen3.6-plus', owned_by: '0g-devnet' })
    expect(body.data[0]!.pricing.tiered_pricing).toHaveLength(2)
  })
})

describe('test knobs', () => {
  const chat = async (content: string, extra: Record<string, unknown> = {}) => {
    const req = chatBody(content, extra)
    const res = await post(
      `${glm.url}/v1/proxy/chat/completions`,
      req,
      await user.bearer(glm.address),
    )
    return { req, res }
  }

  it('tamper-next-signature: exactly the next signature fails verification', async () => {
    await knob('tamper-next-signature', { slug: glm.slug })
    const { res } = await chat('tampered')
    const sig = await signatureOf(glm, res.headers.get('zg-res-key')!)
    expect(
      await verifyMessage({ address: glm.teeSigner, message: sig.text, signature: sig.signature }),
    ).toBe(false)
    const { req, res: res2 } = await chat('genuine again')
    await expectGenuine(
      glm,
      res2.headers.get('zg-res-key')!,
      await plainText(req, new Uint8Array(await res2.arrayBuffer())),
    )
  })

  it('fail-next: the next request fails with the given status and message', async () => {
    await knob('fail-next', { status: 503, message: 'upstream overloaded', slug: glm.slug })
    const { res } = await chat('x')
    expect(res.status).toBe(503)
    expect(await errorOf(res)).toMatchObject({
      message: 'upstream overloaded',
      code: 'injected_failure',
    })
    expect((await chat('y')).res.status).toBe(200)
  })

  it('latency delays responses until reset', async () => {
    await knob('latency', { ms: 300 })
    const t0 = Date.now()
    await (await chat('slow')).res.arrayBuffer()
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290)
  })

  it('cut-next-stream: the stream stops without [DONE] and nothing is billed', async () => {
    const unsettled = async () => {
      const { entries } = await readUnsettled()
      return entries.find((e) => e.slug === glm.slug && e.user === user.address)?.unsettled ?? '0'
    }
    const before = await unsettled()
    await knob('cut-next-stream', { slug: glm.slug })
    const { res } = await chat('cut me', { stream: true })
    const text = await res.text().catch((e: unknown) => `error: ${String(e)}`)
    expect(text).not.toContain('[DONE]')
    expect(await unsettled()).toBe(before)
  })

  it('knobs validate their input', async () => {
    expect((await postKnob('fail-next', { status: 200 })).status).toBe(400)
    expect((await postKnob('bad-quote', { slug: 'nope', kind: 'signer' })).status).toBe(400)
    expect((await postKnob('no-such-knob')).status).toBe(404)
  })
})
