/**
 * Verification receipts: a portable JSON record of one verified response (chain, contracts,
 * provider, model, chat id, request/response hashes, signed text, signature, signer, verdict, time).
 * `checkReceipt` re-checks one against facts read from chain, trusting nothing in the receipt but
 * the signature math: the contracts must be the app's own for that chain, the signer is re-recovered
 * and compared with the service's CURRENT on-chain TEE signer, and the signed text must bind both
 * hashes: `requestSha256:responseSha256` (family A), the same followed by the TeeTLS identity and
 * certificate fingerprint (family B), or `requestSha256:` and the image hashes, of which
 * `responseSha256` is the first (family C; docs/protocol.md §9.1).
 *
 * What the TEE signature covers is only the signed text, i.e. the two hashes. The model and service
 * type are compared with the service on chain now (a receipt claiming another model fails); the chat
 * id and the time are not covered by anything and are shown as the receipt states them
 * (`chatId`, `verifiedAt`), never as verified.
 */
import { getAddress, isAddress, recoverMessageAddress, type Address, type Hex } from 'viem'
import { parseSignedText, sha256Hex } from './signed-text'
import { expectedSignerOf, type VerifiableService } from './verify-response'

export const RECEIPT_TYPE = '0g-inference-receipt'
export const RECEIPT_VERSION = 1

export interface Receipt {
  type: typeof RECEIPT_TYPE
  version: typeof RECEIPT_VERSION
  chainId: number
  contracts: { inference: Address; ledger: Address }
  provider: Address
  model: string
  serviceType: string
  chatId: string
  requestSha256: string
  responseSha256: string
  signedText: string
  signature: Hex
  signer: Address
  verdict: 'verified'
  /** ISO 8601 time the response was verified. */
  verifiedAt: string
  /**
   * The exact response bytes as UTF-8 text (opt-in when exporting, off by default): the Verify page
   * checks that their sha256 is `responseSha256` and shows them. Text responses only.
   */
  responseText?: string
}

/** The longest response text a receipt carries (characters; longer replies are left out). */
export const RECEIPT_TEXT_MAX = 256 * 1024

/**
 * The response bytes as text for a receipt, when they round-trip exactly (valid UTF-8, BOM kept)
 * and fit `RECEIPT_TEXT_MAX`; undefined otherwise.
 */
export function receiptTextOf(responseBody: Uint8Array): string | undefined {
  if (responseBody.length > RECEIPT_TEXT_MAX * 4) return undefined
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(responseBody)
    return text.length <= RECEIPT_TEXT_MAX ? text : undefined
  } catch {
    return undefined
  }
}

const HEX64 = /^[0-9a-f]{64}$/
const SIG = /^0x[0-9a-fA-F]{130}$/

/** Validates untrusted JSON (text or value) as a receipt; returns the problem otherwise. */
export function parseReceipt(
  input: unknown,
): { ok: true; receipt: Receipt } | { ok: false; error: string } {
  let v: unknown = input
  if (typeof input === 'string') {
    try {
      v = JSON.parse(input)
    } catch {
      return { ok: false, error: 'Not JSON' }
    }
  }
  if (typeof v !== 'object' || v === null) return { ok: false, error: 'Not a JSON object' }
  const o = v as Record<string, unknown>
  const c = (o.contracts ?? {}) as Record<string, unknown>
  const str = (x: unknown, max = 300): x is string =>
    typeof x === 'string' && x.length > 0 && x.length <= max
  const addr = (x: unknown): x is string => typeof x === 'string' && isAddress(x, { strict: false })
  if (o.type !== RECEIPT_TYPE || o.version !== RECEIPT_VERSION)
    return { ok: false, error: `Not a version ${RECEIPT_VERSION} 0G receipt` }
  if (typeof o.chainId !== 'number' || !Number.isSafeInteger(o.chainId))
    return { ok: false, error: 'chainId is missing' }
  if (!addr(c.inference) || !addr(c.ledger))
    return { ok: false, error: 'contracts are missing or malformed' }
  if (!addr(o.provider) || !addr(o.signer))
    return { ok: false, error: 'provider or signer is not an address' }
  if (!str(o.model) || !str(o.serviceType) || !str(o.chatId))
    return { ok: false, error: 'model, serviceType or chatId is missing' }
  if (
    !str(o.requestSha256) ||
    !HEX64.test(o.requestSha256) ||
    !str(o.responseSha256) ||
    !HEX64.test(o.responseSha256)
  )
    return { ok: false, error: 'request or response hash is malformed' }
  if (!str(o.signedText, 2000)) return { ok: false, error: 'signedText is missing' }
  if (typeof o.signature !== 'string' || !SIG.test(o.signature))
    return { ok: false, error: 'signature is malformed' }
  if (o.verdict !== 'verified' || !str(o.verifiedAt, 40))
    return { ok: false, error: 'verdict or time is missing' }
  if (
    o.responseText !== undefined &&
    (typeof o.responseText !== 'string' || o.responseText.length > RECEIPT_TEXT_MAX)
  )
    return { ok: false, error: 'responseText is not text or is longer than 256 KiB' }
  return {
    ok: true,
    receipt: {
      type: RECEIPT_TYPE,
      version: RECEIPT_VERSION,
      chainId: o.chainId,
      contracts: { inference: getAddress(c.inference), ledger: getAddress(c.ledger) },
      provider: getAddress(o.provider),
      model: o.model,
      serviceType: o.serviceType,
      chatId: o.chatId,
      requestSha256: o.requestSha256,
      responseSha256: o.responseSha256,
      signedText: o.signedText,
      signature: o.signature as Hex,
      signer: getAddress(o.signer),
      verdict: 'verified',
      verifiedAt: o.verifiedAt,
      ...(typeof o.responseText === 'string' ? { responseText: o.responseText } : {}),
    },
  }
}

export interface ReceiptCheck {
  label: string
  ok: boolean
  detail?: string
}

export interface ChainFacts {
  /** The app's own contract addresses for the receipt's chain, or null when the chain is unknown. */
  contracts: { inference: Address; ledger: Address } | null
  /** The provider's service as read from chain now, or null when it is not registered. */
  service: (VerifiableService & { model: string; serviceType: string }) | null
}

/** Re-checks a parsed receipt against chain facts; `ok` only when every check passes. */
export async function checkReceipt(
  r: Receipt,
  chain: ChainFacts,
): Promise<{ ok: boolean; checks: ReceiptCheck[] }> {
  const checks: ReceiptCheck[] = []
  const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  checks.push({
    label: 'Contracts are the 0G contracts of this chain',
    ok:
      !!chain.contracts &&
      eq(chain.contracts.inference, r.contracts.inference) &&
      eq(chain.contracts.ledger, r.contracts.ledger),
    detail: chain.contracts ? undefined : `Chain ${r.chainId} is not a network this app knows`,
  })
  checks.push({ label: 'Provider has a service on chain', ok: !!chain.service })
  // Not signed: the model and type are only as true as the chain says they are now.
  const sameOnChain = (label: string, field: 'model' | 'serviceType') => {
    const onChain = chain.service?.[field]
    checks.push({
      label,
      ok: onChain !== undefined && onChain === r[field],
      detail:
        onChain !== undefined && onChain !== r[field]
          ? `on chain: ${onChain.slice(0, 100)}`
          : undefined,
    })
  }
  sameOnChain('Model is the service’s model on chain', 'model')
  sameOnChain('Service type is the service’s type on chain', 'serviceType')
  const hashes = boundHashes(r.signedText)
  checks.push({
    label: 'Signed text binds requestSha256 and responseSha256',
    ok:
      !!hashes &&
      hashes.requestHash === r.requestSha256 &&
      hashes.responseHash === r.responseSha256,
  })
  let recovered: Address | null = null
  try {
    recovered = await recoverMessageAddress({ message: r.signedText, signature: r.signature })
  } catch {
    recovered = null
  }
  checks.push({
    label: 'Signature recovers to the signer named in the receipt',
    ok: !!recovered && eq(recovered, r.signer),
    detail: recovered ? `recovered ${recovered}` : 'signature does not recover',
  })
  const expected = chain.service ? expectedSignerOf(chain.service) : null
  checks.push({
    label: 'Signer is the provider’s TEE signer on chain',
    ok:
      !!recovered &&
      !!expected &&
      eq(recovered, expected) &&
      !!chain.service?.teeSignerAcknowledged,
    detail: expected ? `on chain: ${expected}` : undefined,
  })
  if (r.responseText !== undefined) {
    const hash = sha256Hex(new TextEncoder().encode(r.responseText))
    checks.push({
      label: 'Included response text hashes to responseSha256 (exact bytes)',
      ok: hash === r.responseSha256,
      detail: hash === r.responseSha256 ? undefined : `sha256 of the text: ${hash}`,
    })
  }
  return { ok: checks.every((c) => c.ok), checks }
}

/**
 * What the caller knows: the receipt less its constants, the verdict and the hashes `buildReceipt`
 * reads from the signed text, with `verifiedAt` as a Date. `responseText` is the response bytes as
 * text (`receiptTextOf`), kept so an export may include them.
 */
export type BuildReceiptInput = Omit<
  Receipt,
  'type' | 'version' | 'requestSha256' | 'responseSha256' | 'verdict' | 'verifiedAt'
> & { verifiedAt: Date }

/** The request hash and the (first) response hash a signed text binds; null for other texts. */
function boundHashes(text: string): { requestHash: string; responseHash: string } | null {
  const p = parseSignedText(text)
  if (!p || p.family === 'sealed') return null
  if (p.family === 'routing') return { requestHash: p.requestHash, responseHash: p.responseHash }
  return { requestHash: p.requestHash, responseHash: p.responseHashes[0]! }
}

/** A receipt for a verified response (the hashes are read from the signed text). */
export function buildReceipt(input: BuildReceiptInput): Receipt {
  const hashes = boundHashes(input.signedText)
  if (!hashes) throw new Error('signed text binds no request and response hashes')
  return {
    type: RECEIPT_TYPE,
    version: RECEIPT_VERSION,
    chainId: input.chainId,
    contracts: input.contracts,
    provider: input.provider,
    model: input.model,
    serviceType: input.serviceType,
    chatId: input.chatId,
    requestSha256: hashes.requestHash,
    responseSha256: hashes.responseHash,
    signedText: input.signedText,
    signature: input.signature,
    signer: input.signer,
    verdict: 'verified',
    verifiedAt: input.verifiedAt.toISOString(),
    ...(input.responseText !== undefined ? { responseText: input.responseText } : {}),
  }
}

/** The receipt as exported: the response text only when asked for (off by default). */
export function receiptForExport(r: Receipt, includeResponseText: boolean): Receipt {
  if (includeResponseText) return r
  const { responseText: _, ...rest } = r
  return rest
}
