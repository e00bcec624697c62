/** verifyResponse: a genuine exchange verifies; each tampered or malformed input gives its reason. */
import { stringToBytes } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { buildRoutingProof, canonicalRoutingProof } from './routing-proof'
import { responseSignedText } from './signed-text'
import { expectedSignerOf, verifyResponse, type VerifiableService } from './verify-response'

const tee = privateKeyToAccount(`0x${'11'.repeat(32)}`)
const other = privateKeyToAccount(`0x${'22'.repeat(32)}`)
const service: VerifiableService = {
  verifiability: 'TeeML',
  teeSignerAddress: tee.address,
  teeSignerAcknowledged: true,
  additionalInfo: '{"TargetSeparated":false}',
}
const req = stringToBytes('{"messages":[{"role":"user","content":"hi"}]}')
const res = stringToBytes('data: {"id":"x"}\n\ndata: [DONE]\n\n')

async function payload(signer = tee, text = responseSignedText(req, res)) {
  return { text, signature: await signer.signMessage({ message: text }) }
}

describe('verifyResponse', () => {
  it('verifies a genuine signature over this exchange', async () => {
    const r = await verifyResponse({
      service,
      payload: await payload(),
      requestBody: req,
      responseBody: res,
    })
    expect(r).toMatchObject({ status: 'verified', signedByTee: true, contentMatches: true })
  })

  it('wrong signer', async () => {
    const r = await verifyResponse({
      service,
      payload: await payload(other),
      requestBody: req,
      responseBody: res,
    })
    expect(r).toMatchObject({
      status: 'invalid',
      reason: 'wrong-signer',
      signedByTee: false,
      contentMatches: true,
    })
    if (r.status !== 'not-verifiable') expect(r.recoveredSigner).toBe(other.address)
  })

  it('bad signature (malformed hex, wrong length, unrecoverable)', async () => {
    const text = responseSignedText(req, res)
    for (const signature of ['0x1234', 'zz', `0x${'00'.repeat(65)}`, `0x${'ff'.repeat(65)}`]) {
      const r = await verifyResponse({
        service,
        payload: { text, signature },
        requestBody: req,
        responseBody: res,
      })
      expect(r.status === 'invalid' && ['bad-signature', 'wrong-signer'].includes(r.reason!)).toBe(
        true,
      )
      expect(r.status).not.toBe('verified')
    }
    const short = await verifyResponse({
      service,
      payload: { text, signature: '0x1234' },
      requestBody: req,
      responseBody: res,
    })
    expect(short).toMatchObject({ status: 'invalid', reason: 'bad-signature' })
  })

  it('content mismatch: the response bytes differ from what was signed', async () => {
    const altered = stringToBytes('data: {"id":"x","evil":1}\n\ndata: [DONE]\n\n')
    const r = await verifyResponse({
      service,
      payload: await payload(),
      requestBody: req,
      responseBody: altered,
    })
    expect(r).toMatchObject({
      status: 'invalid',
      reason: 'content-mismatch',
      signedByTee: true,
      contentMatches: false,
    })
  })

  it('replayed signature: a genuine signature of another exchange', async () => {
    const otherReq = stringToBytes('{"messages":[{"role":"user","content":"other"}]}')
    const replay = await payload(tee, responseSignedText(otherReq, res))
    const r = await verifyResponse({
      service,
      payload: replay,
      requestBody: req,
      responseBody: res,
    })
    expect(r).toMatchObject({ status: 'invalid', reason: 'content-mismatch', signedByTee: true })
  })

  it('missing or malformed payload', async () => {
    for (const p of [null, undefined, {}, { text: 1, signature: '0x' }, 'text', []]) {
      const r = await verifyResponse({ service, payload: p, requestBody: req, responseBody: res })
      expect(r).toMatchObject({ status: 'invalid', reason: 'signature-missing' })
    }
  })

  it('unacknowledged signer is invalid even with a good signature', async () => {
    const r = await verifyResponse({
      service: { ...service, teeSignerAcknowledged: false },
      payload: await payload(),
      requestBody: req,
      responseBody: res,
    })
    expect(r).toMatchObject({ status: 'invalid', reason: 'signer-not-acknowledged' })
  })

  it('a mode that does not sign is not verifiable', async () => {
    const r = await verifyResponse({
      service: { ...service, verifiability: 'None' },
      payload: await payload(),
      requestBody: req,
      responseBody: res,
    })
    expect(r.status).toBe('not-verifiable')
  })
})

describe('expectedSignerOf', () => {
  const target = other.address
  it('uses TargetTeeAddress for a decentralized TargetSeparated service', () => {
    const info = JSON.stringify({ TargetSeparated: true, TargetTeeAddress: target })
    expect(expectedSignerOf({ ...service, additionalInfo: info })).toBe(target)
  })
  it('keeps the on-chain signer for centralized services', () => {
    const info = JSON.stringify({
      TargetSeparated: true,
      ProviderType: 'centralized',
      TargetTeeAddress: target,
    })
    expect(expectedSignerOf({ ...service, additionalInfo: info })).toBe(tee.address)
  })
  it('null for non-JSON metadata or a bad target address', () => {
    expect(expectedSignerOf({ ...service, additionalInfo: 'nope' })).toBeNull()
    expect(expectedSignerOf({ ...service, additionalInfo: '' })).toBeNull()
    const bad = JSON.stringify({ TargetSeparated: true, TargetTeeAddress: '0x12' })
    expect(expectedSignerOf({ ...service, additionalInfo: bad })).toBeNull()
  })
  it('a foreign TargetTeeAddress signer verifies, the on-chain signer then does not', async () => {
    const info = JSON.stringify({ TargetSeparated: true, TargetTeeAddress: target })
    const s = { ...service, additionalInfo: info }
    expect(
      (
        await verifyResponse({
          service: s,
          payload: await payload(other),
          requestBody: req,
          responseBody: res,
        })
      ).status,
    ).toBe('verified')
    expect(
      await verifyResponse({
        service: s,
        payload: await payload(tee),
        requestBody: req,
        responseBody: res,
      }),
    ).toMatchObject({ reason: 'wrong-signer' })
  })
})

describe('TeeTLS routing proof and resumed checks', () => {
  const tls: VerifiableService = {
    ...service,
    verifiability: 'TeeTLS',
    additionalInfo: JSON.stringify({
      ProviderType: 'centralized',
      TeeTLSUpstreamHost: 'up.example',
    }),
  }
  const provider = other.address
  async function tlsPayload(body = res, host = 'up.example') {
    const proof = buildRoutingProof({
      provider,
      upstreamHost: host,
      upstreamCertSha256: 'ab'.repeat(32),
      requestBody: req,
      responseBody: body,
      chatId: 'c1',
      timestamp: 1,
    })
    const routing_proof_signature = await tee.signMessage({ message: canonicalRoutingProof(proof) })
    return { ...(await payload()), routing_proof: proof, routing_proof_signature }
  }

  it('verifies the signature, content and the routing proof, and exposes its fields', async () => {
    const r = await verifyResponse({
      service: tls,
      payload: await tlsPayload(),
      chatId: 'c1',
      requestBody: req,
      responseBody: res,
    })
    expect(r.status).toBe('verified')
    if (r.status === 'verified') expect(r.routing?.proof?.upstream_host).toBe('up.example')
  })
  it('a missing, foreign-host, other-chat or other-content proof is invalid', async () => {
    const cases = [
      await payload(),
      await tlsPayload(res, 'evil.example'),
      await tlsPayload(stringToBytes('other')),
    ]
    for (const p of cases) {
      const r = await verifyResponse({
        service: tls,
        payload: p,
        chatId: 'c1',
        requestBody: req,
        responseBody: res,
      })
      expect(r).toMatchObject({ status: 'invalid', reason: 'routing-proof' })
    }
    const wrongChat = await verifyResponse({
      service: tls,
      payload: await tlsPayload(),
      chatId: 'c2',
      requestBody: req,
      responseBody: res,
    })
    expect(wrongChat).toMatchObject({ status: 'invalid', reason: 'routing-proof' })
  })
  it('a check resumed from the stored expected text gives the same verdicts', async () => {
    const expectedText = responseSignedText(req, res)
    expect((await verifyResponse({ service, payload: await payload(), expectedText })).status).toBe(
      'verified',
    )
    expect(
      await verifyResponse({
        service,
        payload: await payload(),
        expectedText: `${'0'.repeat(64)}:${'0'.repeat(64)}`,
      }),
    ).toMatchObject({ reason: 'content-mismatch' })
  })
})
