import { stringToBytes } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import {
  buildRoutingProof,
  canonicalRoutingProof,
  parseRoutingProof,
  verifyRoutingProof,
  type RoutingProof,
} from './routing-proof'

const tee = privateKeyToAccount(`0x${'33'.repeat(32)}`)
const provider = privateKeyToAccount(`0x${'44'.repeat(32)}`).address
const req = stringToBytes('{"messages":[]}')
const res = stringToBytes('data: [DONE]\n\n')

function proof(): RoutingProof {
  return buildRoutingProof({
    provider,
    upstreamHost: 'dashscope-intl.aliyuncs.com',
    upstreamCertSha256: 'ab'.repeat(32),
    requestBody: req,
    responseBody: res,
    chatId: 'chatcmpl-1',
    timestamp: 1_700_000_000,
  })
}

describe('canonicalRoutingProof', () => {
  it('is the fixed line format', () => {
    const p = proof()
    expect(canonicalRoutingProof(p).split('\n')).toEqual([
      '0g-teetls-routing-proof/v1',
      `provider=${provider.toLowerCase()}`,
      'upstream_host=dashscope-intl.aliyuncs.com',
      `upstream_cert_sha256=${'ab'.repeat(32)}`,
      `request_sha256=${p.request_sha256}`,
      `response_sha256=${p.response_sha256}`,
      'chat_id=chatcmpl-1',
      'timestamp=1700000000',
    ])
  })
  it('build rejects values that would break the line format', () => {
    expect(() => buildRoutingProof({ ...base(), chatId: 'a\nb' })).toThrow(/chat_id/)
    expect(() => buildRoutingProof({ ...base(), upstreamHost: 'a b' })).toThrow(/upstream_host/)
  })
})

function base() {
  return {
    provider,
    upstreamHost: 'h.example',
    upstreamCertSha256: 'cd'.repeat(32),
    requestBody: req,
    responseBody: res,
    chatId: 'c',
    timestamp: 1,
  }
}

describe('verifyRoutingProof', () => {
  it('accepts a proof signed by the TEE key that matches every expectation', async () => {
    const p = proof()
    const signature = await tee.signMessage({ message: canonicalRoutingProof(p) })
    const v = await verifyRoutingProof({
      proof: JSON.parse(JSON.stringify(p)) as unknown,
      signature,
      expectedSigner: tee.address,
      expectedProvider: provider,
      expectedUpstreamHost: 'DashScope-Intl.aliyuncs.com',
      expectedChatId: 'chatcmpl-1',
      requestBody: req,
      responseBody: res,
    })
    expect(v).toMatchObject({ ok: true, problems: [] })
  })

  it('reports each mismatch', async () => {
    const p = proof()
    const signature = await tee.signMessage({ message: canonicalRoutingProof(p) })
    const v = await verifyRoutingProof({
      proof: p,
      signature,
      expectedSigner: provider, // wrong signer
      expectedUpstreamHost: 'api.openai.com',
      expectedChatId: 'other',
      requestBody: stringToBytes('x'),
      responseBody: stringToBytes('y'),
    })
    expect(v.ok).toBe(false)
    expect(v.problems).toHaveLength(5)
  })

  it('rejects a proof altered after signing', async () => {
    const p = proof()
    const signature = await tee.signMessage({ message: canonicalRoutingProof(p) })
    const altered = { ...p, upstream_host: 'evil.example' }
    const v = await verifyRoutingProof({ proof: altered, signature, expectedSigner: tee.address })
    expect(v.problems).toEqual(['routing proof is not signed by the TEE signer'])
  })

  it('rejects malformed input without throwing', async () => {
    expect(parseRoutingProof({ ...proof(), version: 2 })).toBeNull()
    expect(parseRoutingProof({ ...proof(), request_sha256: 'AB'.repeat(32) })).toBeNull()
    const v = await verifyRoutingProof({
      proof: null,
      signature: '0x',
      expectedSigner: tee.address,
    })
    expect(v).toMatchObject({ ok: false, proof: null })
    const w = await verifyRoutingProof({
      proof: proof(),
      signature: 'nope',
      expectedSigner: tee.address,
    })
    expect(w.ok).toBe(false)
  })
})
