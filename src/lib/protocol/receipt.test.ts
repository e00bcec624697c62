/** Receipts: build → parse round trip; re-check passes; each hand edit or chain change fails. */
import { stringToBytes } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  buildReceipt,
  checkReceipt,
  parseReceipt,
  receiptForExport,
  receiptTextOf,
  RECEIPT_TEXT_MAX,
  type ChainFacts,
  type Receipt,
} from './receipt'
import { responseSignedText, sha256Hex } from './signed-text'
import { other, providerAddress as provider, tee, teeChatbot } from './tee-service.testkit'

const contracts = {
  inference: '0x0165878A594ca255338adfa4d48449f69242Eb8F',
  ledger: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
} as const
const chain: ChainFacts = { contracts, service: teeChatbot }

async function receipt(
  signer = tee,
  signedText = responseSignedText(stringToBytes('req'), stringToBytes('res')),
): Promise<Receipt> {
  return buildReceipt({
    chainId: 31337,
    contracts,
    provider,
    model: 'm',
    serviceType: 'chatbot',
    chatId: 'chatcmpl-1',
    signedText,
    signature: await signer.signMessage({ message: signedText }),
    signer: signer.address,
    verifiedAt: new Date(0),
  })
}

const roundTrip = (r: unknown) => {
  const p = parseReceipt(JSON.stringify(r))
  if (!p.ok) throw new Error(p.error)
  return p.receipt
}

describe('receipts', () => {
  it('binds family B (TeeTLS) and C (images) texts too, C naming its first image', async () => {
    const [q, r1, r2] = ['q', 'r1', 'r2'].map((x) => sha256Hex(stringToBytes(x)))
    const b = await receipt(tee, `${q}:${r1}:centralized:aliyun:${r2}`)
    expect([b.requestSha256, b.responseSha256]).toEqual([q, r1])
    expect((await checkReceipt(roundTrip(b), chain)).ok).toBe(true)
    const c = await receipt(tee, `${q}:${r1},${r2}`)
    expect([c.requestSha256, c.responseSha256]).toEqual([q, r1])
    expect((await checkReceipt(roundTrip(c), chain)).ok).toBe(true)
    const edited = await checkReceipt(roundTrip({ ...c, responseSha256: r2 }), chain)
    expect(edited.ok).toBe(false)
  })

  it('round-trips and re-verifies against chain facts', async () => {
    const r = await receipt()
    expect(roundTrip(r)).toEqual(r)
    expect((await checkReceipt(roundTrip(r), chain)).ok).toBe(true)
  })

  it('a hand-edited model or service type fails against the chain', async () => {
    for (const edit of [{ model: 'gpt-5' }, { serviceType: 'text-to-image' }]) {
      const out = await checkReceipt(roundTrip({ ...(await receipt()), ...edit }), chain)
      expect(out.ok, JSON.stringify(edit)).toBe(false)
      const failed = out.checks.filter((c) => !c.ok)
      expect(failed).toHaveLength(1)
      expect(failed[0]!.label).toMatch(/^(Model|Service type) is the service’s/)
      expect(failed[0]!.detail).toMatch(/^on chain: (m|chatbot)$/)
    }
  })

  it('a hand-edited response hash fails', async () => {
    const r = { ...(await receipt()), responseSha256: 'a'.repeat(64) }
    const out = await checkReceipt(roundTrip(r), chain)
    expect(out.ok).toBe(false)
    expect(out.checks.find((c) => c.label.startsWith('Signed text'))!.ok).toBe(false)
  })

  it('a hand-edited signed text (and hashes to match) no longer recovers to the TEE signer', async () => {
    const r = await receipt()
    const text = responseSignedText(stringToBytes('req'), stringToBytes('forged'))
    const [reqH, resH] = text.split(':')
    const edited = { ...r, signedText: text, requestSha256: reqH, responseSha256: resH }
    expect((await checkReceipt(roundTrip(edited), chain)).ok).toBe(false)
  })

  it('a foreign signer fails even when the receipt names it', async () => {
    expect((await checkReceipt(roundTrip(await receipt(other)), chain)).ok).toBe(false)
  })

  it('other contracts, unknown chain, or no service on chain fail', async () => {
    const r = await receipt()
    const moved = { ...r, contracts: { ...contracts, inference: other.address } }
    expect((await checkReceipt(roundTrip(moved), chain)).ok).toBe(false)
    expect((await checkReceipt(r, { ...chain, contracts: null })).ok).toBe(false)
    expect((await checkReceipt(r, { ...chain, service: null })).ok).toBe(false)
  })

  it('the signer rotated on chain since: fails', async () => {
    const rotated = { ...chain, service: { ...chain.service!, teeSignerAddress: other.address } }
    expect((await checkReceipt(await receipt(), rotated)).ok).toBe(false)
  })

  it('rejects malformed receipts with a reason', async () => {
    const r = await receipt()
    const bad: unknown[] = [
      'not json',
      '[]',
      { ...r, type: 'x' },
      { ...r, version: 2 },
      { ...r, signature: '0x12' },
      { ...r, requestSha256: 'ZZ' },
      { ...r, provider: 'nope' },
      { ...r, chainId: '31337' },
      { ...r, verdict: 'invalid' },
      { ...r, signedText: '' },
    ]
    for (const b of bad)
      expect(parseReceipt(typeof b === 'string' ? b : JSON.stringify(b)).ok).toBe(false)
  })

  it('an included response text (opt-in) is checked byte for byte against responseSha256', async () => {
    const body = stringToBytes('data: {"c":"héllo ✓"}\r\n\ndata: [DONE]\n\n')
    const signedText = responseSignedText(stringToBytes('req'), body)
    const r = {
      ...(await receipt(tee, signedText)),
      responseText: receiptTextOf(body)!,
    }
    expect(receiptForExport(r, false)).not.toHaveProperty('responseText')
    const withText = roundTrip(receiptForExport(r, true))
    expect(withText.responseText).toBe(r.responseText)
    const ok = await checkReceipt(withText, chain)
    expect(ok.ok).toBe(true)
    expect(ok.checks.at(-1)?.label).toBe(
      'Included response text hashes to responseSha256 (exact bytes)',
    )
    // One character off (here: the CR a paste may drop) fails that check only.
    const edited = await checkReceipt(
      roundTrip({ ...r, responseText: r.responseText.replace('\r', '') }),
      chain,
    )
    expect(edited.ok).toBe(false)
    expect(edited.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual([
      'Included response text hashes to responseSha256 (exact bytes)',
    ])
    // Without the text there is no such check.
    expect((await checkReceipt(roundTrip(receiptForExport(r, false)), chain)).checks).toHaveLength(
      7,
    )
  })

  it('response text: only bytes that round-trip as UTF-8, bounded', () => {
    expect(receiptTextOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA')
    expect(receiptTextOf(new Uint8Array([0xff, 0xfe]))).toBeUndefined()
    expect(receiptTextOf(new Uint8Array(RECEIPT_TEXT_MAX + 1).fill(0x41))).toBeUndefined()
    expect(parseReceipt({ type: 'x', responseText: 1 }).ok).toBe(false)
  })

  it('a receipt whose responseText is not text or too long is refused', async () => {
    const r = await receipt()
    for (const responseText of [1, 'x'.repeat(RECEIPT_TEXT_MAX + 1)])
      expect(parseReceipt(JSON.stringify({ ...r, responseText }))).toMatchObject({
        ok: false,
        error: 'responseText is not text or is longer than 256 KiB',
      })
  })
})
