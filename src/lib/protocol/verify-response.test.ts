/**
 * verifyResponse: the three parts (signer, response bound, request bound) for every signed-text
 * family, with texts built independently the broker's way (src/test/broker-texts.ts).
 */
import { stringToBytes } from 'viem'
import { describe, expect, it } from 'vitest'
import { imageResponse, imagesText, plainText, routingText } from './broker-texts.testkit'
import { expectedOf, expectedText } from './signed-text'
import { other, tee, teeChatbot } from './tee-service.testkit'
import {
  expectedSignerOf,
  NO_PROOF_TEXT,
  SEALED_TEXT,
  verifyResponse,
  type VerifiableService,
} from './verify-response'

const service: VerifiableService = { ...teeChatbot, additionalInfo: '{"TargetSeparated":false}' }
const req = stringToBytes('{"messages":[{"role":"user","content":"hi <b>"}],"stream":true}')
const res = stringToBytes('data: {"id":"x"}\n\ndata: [DONE]\n\n')
// What the broker forwards for `req`: include_usage added, keys sorted, <> escaped (Go output).
const forwarded =
  '{"messages":[{"content":"hi \\u003cb\\u003e","role":"user"}],"stream":true,"stream_options":{"include_usage":true}}'

const sign = async (text: string, signer = tee) => ({
  text,
  signature: await signer.signMessage({ message: text }),
})
const check = (payload: unknown, s = service, requestBody = req, responseBody = res) =>
  verifyResponse({ service: s, payload, chatId: 'c1', requestBody, responseBody })

describe('verifyResponse, family A', () => {
  it('verifies a genuine signature: signer, response and request bound', async () => {
    expect(await check(await sign(await plainText(req, res)))).toMatchObject({
      status: 'verified',
      family: 'plain',
      signedByTee: true,
      responseMatches: true,
      requestMatches: true,
      contentMatches: true,
    })
  })

  it('a request re-marshalled by the broker verifies, with the request part "changed"', async () => {
    const r = await check(await sign(await plainText(forwarded, res)))
    expect(r).toMatchObject({
      status: 'verified',
      responseMatches: true,
      requestMatches: false,
      contentMatches: false,
    })
    expect(r.detail).toContain('Request changed by the provider')
  })

  it('wrong signer is invalid', async () => {
    const r = await check(await sign(await plainText(req, res), other))
    expect(r).toMatchObject({ status: 'invalid', reason: 'wrong-signer', signedByTee: false })
    if ('recoveredSigner' in r) expect(r.recoveredSigner).toBe(other.address)
  })

  it('a signature over another response is invalid', async () => {
    const r = await check(await sign(await plainText(req, 'data: other\n\n')))
    expect(r).toMatchObject({
      status: 'invalid',
      reason: 'content-mismatch',
      signedByTee: true,
      responseMatches: false,
    })
  })

  it('bad signatures (malformed hex, wrong length, unrecoverable) are invalid', async () => {
    const text = await plainText(req, res)
    for (const signature of ['0x1234', 'zz', `0x${'00'.repeat(65)}`, `0x${'ff'.repeat(65)}`]) {
      const r = await check({ text, signature })
      expect(r.status === 'invalid' && ['bad-signature', 'wrong-signer'].includes(r.reason!)).toBe(
        true,
      )
    }
  })

  it('a genuinely signed text in no known format is invalid (malformed text)', async () => {
    for (const text of ['hello', `${'A'.repeat(64)}:${'b'.repeat(64)}`, 'a:b:c:d:e']) {
      expect(await check(await sign(text))).toMatchObject({
        status: 'invalid',
        reason: 'malformed-text',
      })
    }
  })

  it('an unacknowledged signer is invalid', async () => {
    const r = await check(await sign(await plainText(req, res)), {
      ...service,
      teeSignerAcknowledged: false,
    })
    expect(r).toMatchObject({ status: 'invalid', reason: 'signer-not-acknowledged' })
  })
})

describe('verifyResponse, missing or sealed evidence', () => {
  it('no payload, or one without text/signature, is "no proof", never invalid', async () => {
    for (const payload of [null, 'junk', { text: 1 }, {}]) {
      const r = await check(payload)
      expect(r.status).toBe('no-proof')
      expect(r.detail).toContain(NO_PROOF_TEXT)
    }
    const noId = await verifyResponse({
      service,
      payload: null,
      chatId: '',
      requestBody: req,
      responseBody: res,
    })
    expect(noId.detail).toContain('no chat id')
    // with a chat id the expected hashes stay, so the check can be retried
    expect(await check(null)).toMatchObject({ expectedText: expectedText(expectedOf(req, res)) })
  })

  it('a sealed zg-sig-v1 text is "not checked yet", whoever signed it', async () => {
    for (const signer of [tee, other]) {
      expect(await check(await sign(`zg-sig-v1/e2ee-ct:${'a'.repeat(64)}`, signer))).toEqual({
        status: 'not-verifiable',
        detail: SEALED_TEXT,
      })
    }
  })

  it('a mode that does not sign is not verifiable', async () => {
    const r = await check(null, { ...service, verifiability: 'none' })
    expect(r.status).toBe('not-verifiable')
  })
})

describe('verifyResponse, family C (images)', () => {
  const img = [stringToBytes('\x89PNG one'), stringToBytes('\x89PNG two')]
  const body = stringToBytes(imageResponse(img))
  const imgReq = stringToBytes('{"prompt":"x","n":2}')

  it('binds the decoded images, and the client request', async () => {
    const r = await check(await sign(await imagesText(imgReq, img)), service, imgReq, body)
    expect(r).toMatchObject({
      status: 'verified',
      family: 'images',
      responseMatches: true,
      requestMatches: true,
    })
  })

  it('falls back to family A over the response bytes', async () => {
    const r = await check(await sign(await plainText(imgReq, body)), service, imgReq, body)
    expect(r).toMatchObject({ status: 'verified', family: 'plain', responseMatches: true })
  })

  it('other images, or a different order, are invalid', async () => {
    for (const images of [[img[1]!, img[0]!], [img[0]!], [img[0]!, stringToBytes('x')]]) {
      const r = await check(await sign(await imagesText(imgReq, images)), service, imgReq, body)
      expect(r).toMatchObject({ status: 'invalid', reason: 'content-mismatch' })
    }
  })

  it('resumes from the stored expected text', async () => {
    const stored = expectedText(expectedOf(imgReq, body))
    const r = await verifyResponse({
      service,
      payload: await sign(await imagesText(imgReq, img)),
      chatId: 'c1',
      expectedText: stored,
    })
    expect(r).toMatchObject({ status: 'verified', family: 'images' })
  })
})

describe('verifyResponse, family B (TeeTLS)', () => {
  const tls: VerifiableService = {
    ...service,
    verifiability: 'TeeTLS',
    additionalInfo: '{"ProviderType":"centralized"}',
  }
  const fp = 'ab'.repeat(32)

  it('verifies and reports the signed upstream identity and TLS fingerprint', async () => {
    const r = await check(await sign(await routingText(req, res, 'centralized', 'aliyun', fp)), tls)
    expect(r).toMatchObject({
      status: 'verified',
      family: 'routing',
      requestMatches: true,
      routing: { providerType: 'centralized', providerIdentity: 'aliyun', tlsCertFingerprint: fp },
    })
  })

  it('a routing proof over another response, or by another key, is invalid', async () => {
    const other1 = await check(
      await sign(await routingText(req, 'x', 'centralized', 'aliyun', fp)),
      tls,
    )
    expect(other1).toMatchObject({ status: 'invalid', reason: 'content-mismatch' })
    const other2 = await check(
      await sign(await routingText(req, res, 'centralized', 'aliyun', fp), other),
      tls,
    )
    expect(other2).toMatchObject({ status: 'invalid', reason: 'wrong-signer' })
  })

  it('a fingerprint that is not 64 lowercase hex is malformed', async () => {
    const r = await check(
      await sign(await routingText(req, res, 'c', 'aliyun', 'AB'.repeat(32))),
      tls,
    )
    expect(r).toMatchObject({ status: 'invalid', reason: 'malformed-text' })
  })
})

describe('expectedSignerOf', () => {
  it('uses TargetTeeAddress for a decentralized TargetSeparated service', () => {
    const target = other.address
    expect(
      expectedSignerOf({
        ...service,
        additionalInfo: JSON.stringify({ TargetSeparated: true, TargetTeeAddress: target }),
      }),
    ).toBe(target)
    expect(
      expectedSignerOf({
        ...service,
        additionalInfo: JSON.stringify({
          TargetSeparated: true,
          TargetTeeAddress: target,
          ProviderType: 'centralized',
        }),
      }),
    ).toBe(tee.address)
    expect(expectedSignerOf({ ...service, additionalInfo: 'not json' })).toBeNull()
  })
})
