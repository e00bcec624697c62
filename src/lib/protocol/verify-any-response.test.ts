/**
 * checkAnyResponse: a response obtained elsewhere (pasted signature JSON, body or image files,
 * optional request body) goes through the one verifier; bad input comes back as plain messages.
 * Signed texts are built the broker's way (broker-texts.testkit).
 */
import { stringToBytes } from 'viem'
import { describe, expect, it } from 'vitest'
import { imagesText, plainText } from './broker-texts.testkit'
import { other, tee, teeChatbot } from './tee-service.testkit'
import {
  ANY_RESPONSE_LIMITS,
  checkAnyResponse,
  parseProviderAddress,
  parseSignatureJson,
} from './verify-any-response'
import type { VerifiableService } from './verify-response'

const service: VerifiableService = { ...teeChatbot, additionalInfo: '{"TargetSeparated":false}' }
const req = stringToBytes('{"model":"m","messages":[{"role":"user","content":"hi"}]}')
const res = stringToBytes('{"id":"chatcmpl-1","choices":[{"message":{"content":"hello <b>"}}]}')
const sigJson = async (text: string, signer = tee) =>
  JSON.stringify({ text, signature: await signer.signMessage({ message: text }) })

const run = (signatureJson: string, over: Partial<Parameters<typeof checkAnyResponse>[0]> = {}) =>
  checkAnyResponse({
    service,
    signatureJson,
    response: { body: res },
    requestBody: req,
    ...over,
  })

describe('checkAnyResponse', () => {
  it('verifies a genuine response with its request: all three parts', async () => {
    const r = await run(await sigJson(await plainText(req, res)))
    expect(r).toMatchObject({
      ok: true,
      value: { request: 'bound', result: { status: 'verified', signedByTee: true } },
    })
  })

  it('a tampered response body (one byte) is Invalid: content mismatch', async () => {
    const tampered = res.slice()
    const at = tampered.length - 3
    tampered[at] = tampered[at]! ^ 1
    const r = await run(await sigJson(await plainText(req, res)), {
      response: { body: tampered },
    })
    expect(r).toMatchObject({
      ok: true,
      value: { result: { status: 'invalid', reason: 'content-mismatch', responseMatches: false } },
    })
  })

  it('the wrong provider (another TEE signer on chain) is Invalid: wrong signer', async () => {
    const r = await run(await sigJson(await plainText(req, res), other))
    expect(r).toMatchObject({
      ok: true,
      value: { result: { status: 'invalid', reason: 'wrong-signer', signedByTee: false } },
    })
  })

  it('a request body that does not match is "request changed", not Invalid', async () => {
    const r = await run(await sigJson(await plainText(req, res)), {
      requestBody: stringToBytes('{"model":"m","messages":[]}'),
    })
    expect(r).toMatchObject({
      ok: true,
      value: { request: 'changed', result: { status: 'verified', requestMatches: false } },
    })
  })

  it('without a request body the request part is "not given" and the response verifies', async () => {
    const r = await run(await sigJson(await plainText(req, res)), { requestBody: null })
    expect(r).toMatchObject({ ok: true, value: { request: 'not-given' } })
    if (r.ok) {
      expect(r.value.result.status).toBe('verified')
      expect(r.value.result.detail).toContain('no request body was given')
    }
  })

  it('a family-C image set verifies from the image files, and fails with one image changed', async () => {
    const images = [new Uint8Array([137, 80, 78, 71, 1]), new Uint8Array([137, 80, 78, 71, 2])]
    const sig = await sigJson(await imagesText(req, images))
    expect(await run(sig, { response: { images } })).toMatchObject({
      ok: true,
      value: { request: 'bound', result: { status: 'verified', family: 'images' } },
    })
    const changed = [images[0]!, new Uint8Array([137, 80, 78, 71, 3])]
    expect(await run(sig, { response: { images: changed } })).toMatchObject({
      ok: true,
      value: { result: { status: 'invalid', reason: 'content-mismatch' } },
    })
  })

  it('no service at that address on this network is an input error', async () => {
    const r = await run(await sigJson(await plainText(req, res)), { service: null })
    expect(r).toEqual({ ok: false, error: 'This address has no service on this network' })
  })

  it('bodies over the limit are refused before any check', async () => {
    const big = new Uint8Array(ANY_RESPONSE_LIMITS.body + 1)
    const sig = await sigJson(await plainText(req, res))
    expect(await run(sig, { response: { body: big } })).toEqual({
      ok: false,
      error: 'The response body is larger than 8 MiB',
    })
    expect(await run(sig, { requestBody: big })).toEqual({
      ok: false,
      error: 'The request body is larger than 8 MiB',
    })
    expect(await run(sig, { response: { body: new Uint8Array() } })).toEqual({
      ok: false,
      error: 'Paste or load the response body',
    })
  })
})

describe('parsing the pasted inputs', () => {
  it('signature JSON: not JSON, wrong shape, too large', () => {
    expect(parseSignatureJson('{text:')).toEqual({
      ok: false,
      error: 'The signature JSON is not JSON',
    })
    expect(parseSignatureJson('[1]')).toMatchObject({ ok: false, error: /needs "text"/ })
    expect(parseSignatureJson('{"text":"a"}')).toMatchObject({ ok: false, error: /needs "text"/ })
    expect(parseSignatureJson(' ')).toMatchObject({ ok: false })
    const huge = JSON.stringify({ text: 'a'.repeat(70_000), signature: '0x' })
    expect(parseSignatureJson(huge)).toEqual({
      ok: false,
      error: 'The signature JSON is larger than 64 KiB',
    })
    expect(parseSignatureJson('{"text":"t","signature":"0x1","extra":1}')).toEqual({
      ok: true,
      value: { text: 't', signature: '0x1' },
    })
  })

  it('a malformed signature in well-shaped JSON is a verdict (Invalid), not an input error', async () => {
    const r = await run(JSON.stringify({ text: await plainText(req, res), signature: '0x12' }))
    expect(r).toMatchObject({ ok: true, value: { result: { reason: 'bad-signature' } } })
  })

  it('provider address: checksummed, or a clear message', () => {
    expect(parseProviderAddress(` ${tee.address.toLowerCase()} `)).toEqual({
      ok: true,
      value: tee.address,
    })
    expect(parseProviderAddress('0x1234')).toEqual({
      ok: false,
      error: 'The provider is not an address (0x followed by 40 hex digits)',
    })
    expect(parseProviderAddress('')).toMatchObject({ ok: false })
  })
})
