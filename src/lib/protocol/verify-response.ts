/**
 * Verification of one provider response (docs/protocol.md §9.1), pure: given the service as read
 * from chain, the signature payload the provider served, and the exact request/response bytes, it
 * says what was checked, in three parts:
 * - signer: the EIP-191 recovery equals the on-chain TEE signer (or `TargetTeeAddress`);
 * - response bound: the signed response hash is the sha256 of the exact bytes received (for image
 *   responses: of each decoded image, family C);
 * - request bound: the signed request hash is the sha256 of the bytes sent, or else the provider
 *   changed the request before forwarding (the broker re-marshals or rewrites bodies), which cannot
 *   be checked and is not by itself evidence of tampering.
 * Invalid only when the evidence contradicts the response (wrong signer, malformed signature or
 * text, another response's hash); no evidence at all is "no proof" (never verified); sealed
 * (`zg-sig-v1/…`) texts are not checked by this app yet. Never throws.
 */
import { getAddress, isAddress, recoverMessageAddress, type Address, type Hex } from 'viem'
import {
  expectedOf,
  expectedText as expectedTextOfHashes,
  parseExpectedText,
  parseSignedText,
} from './signed-text'
import { parseSignaturePayload } from './wire'

/** Modes whose responses the TEE signs (TeeTLS relays sign a routing proof, family B). */
export const SIGNING_MODES = ['TeeML', 'OpML', 'ZKML', 'TeeTLS'] as const

export interface VerifiableService {
  verifiability: string
  teeSignerAddress: Address
  teeSignerAcknowledged: boolean
  additionalInfo: string
}

/** What a TeeTLS routing proof (family B) binds besides the two hashes, as signed. */
export interface RoutingFacts {
  providerType: string
  providerIdentity: string
  /** SHA-256 of the upstream's TLS leaf certificate, 64 lowercase hex. */
  tlsCertFingerprint: string
}

export type InvalidReason =
  | 'wrong-signer'
  | 'bad-signature'
  | 'content-mismatch'
  | 'malformed-text'
  | 'signer-not-acknowledged'
  /** Older stored verdicts only (now "no proof" and family B). */
  | 'signature-missing'
  | 'routing-proof'

/** Which signed-text family bound the response. */
export type SignedFamily = 'plain' | 'images' | 'routing'

export type VerificationResult =
  | { status: 'not-verifiable'; detail: string }
  /**
   * The provider served no evidence (no chat id, no signature): never verified, a warning.
   * `expectedText` is kept when a chat id exists, so the check can be retried.
   */
  | { status: 'no-proof'; detail: string; expectedText?: string }
  | {
      status: 'verified' | 'invalid'
      reason?: InvalidReason
      detail: string
      /** "signed by the provider's TEE" */
      signedByTee: boolean
      /** The signed response hash(es) are of the bytes (or images) received. */
      responseMatches?: boolean
      /** The signed request hash is of the bytes sent (false: changed by the provider). */
      requestMatches?: boolean
      /** Both hashes match (kept for verdicts stored before the three parts). */
      contentMatches: boolean
      family?: SignedFamily
      expectedSigner: Address
      recoveredSigner: Address | null
      expectedText: string
      signedText: string | null
      signature: Hex | null
      /** Family B only: the upstream identity and TLS fingerprint the TEE signed. */
      routing?: RoutingFacts
    }

/** Plain-words explanation of each failure reason. */
export const invalidReasonText: Record<InvalidReason, string> = {
  'wrong-signer': 'Signed by a key that is not the provider’s TEE signer on chain',
  'bad-signature': 'The signature is malformed and proves nothing',
  'content-mismatch': 'The signature covers another response than the one received',
  'malformed-text': 'The signed text is in no format a provider signs',
  'signature-missing': 'The provider did not serve a signature for this response',
  'signer-not-acknowledged': 'The provider’s TEE signer is not acknowledged on chain',
  'routing-proof': 'The TeeTLS routing proof is missing or does not check out',
}

/** The warning shown when a provider gave no evidence for a response. */
export const NO_PROOF_TEXT = 'Not verified: the provider gave no proof'
/** What a sealed (end-to-end encrypted) response's verdict says. */
export const SEALED_TEXT = 'Sealed response — not checked by this app yet'
/** The request part when the provider changed the body before forwarding. */
export const REQUEST_CHANGED_TEXT =
  'Request changed by the provider before forwarding, cannot be checked'

/**
 * The address that must have signed: the on-chain `teeSignerAddress`, or `TargetTeeAddress` for a
 * decentralized `TargetSeparated` service (SDK rule). Null when `additionalInfo` is not JSON.
 */
export function expectedSignerOf(service: VerifiableService): Address | null {
  let info: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(service.additionalInfo)
    if (typeof parsed !== 'object' || parsed === null) return null
    info = parsed as Record<string, unknown>
  } catch {
    return null
  }
  const target = info.TargetTeeAddress
  const centralized = (info.ProviderType ?? 'decentralized') === 'centralized'
  if (info.TargetSeparated === true && !centralized && typeof target === 'string' && target) {
    return isAddress(target, { strict: false }) ? getAddress(target) : null
  }
  return getAddress(service.teeSignerAddress)
}

/** True when responses of this mode carry a TEE signature to check. */
export function isSigningMode(verifiability: string): boolean {
  return (SIGNING_MODES as readonly string[]).includes(verifiability)
}

export type VerifyInput = {
  service: VerifiableService
  /** The JSON served at `/v1/proxy/signature/{id}`, or null when none could be fetched. */
  payload: unknown
  /** The chat id the signature was fetched for ('' when the provider named none). */
  chatId?: string
} & (
  | { requestBody: Uint8Array; responseBody: Uint8Array }
  /** `expectedText(…)` computed earlier from the bytes (resumed checks). */
  | { expectedText: string }
)

/** Checks one response; every failure is a `VerificationResult`, never a throw. */
export async function verifyResponse(input: VerifyInput): Promise<VerificationResult> {
  const { service } = input
  if (!isSigningMode(service.verifiability)) {
    return {
      status: 'not-verifiable',
      detail: `Mode ${service.verifiability || '(none)'} does not sign responses`,
    }
  }
  const expectedSigner = expectedSignerOf(service)
  if (!expectedSigner) {
    return { status: 'not-verifiable', detail: 'The service’s on-chain metadata is not JSON' }
  }
  const expected =
    'expectedText' in input
      ? parseExpectedText(input.expectedText)
      : expectedOf(input.requestBody, input.responseBody)
  if (!expected) {
    return { status: 'not-verifiable', detail: 'The stored check data could not be read' }
  }
  const expectedText = expectedTextOfHashes(expected)
  const payload = parseSignaturePayload(input.payload)
  if (!payload) {
    return input.chatId === ''
      ? { status: 'no-proof', detail: `${NO_PROOF_TEXT} (no chat id to ask for a signature)` }
      : {
          status: 'no-proof',
          detail: `${NO_PROOF_TEXT} (no signature served for this response)`,
          expectedText,
        }
  }
  const signedText = payload.text
  const parsed = parseSignedText(signedText)
  if (parsed?.family === 'sealed') return { status: 'not-verifiable', detail: SEALED_TEXT }
  interface Facts {
    expectedSigner: Address
    expectedText: string
    recoveredSigner: Address | null
    signedText: string | null
    signature: Hex | null
    signedByTee: boolean
    contentMatches: boolean
    responseMatches?: boolean
    requestMatches?: boolean
    family?: SignedFamily
    routing?: RoutingFacts
  }
  let facts: Facts = {
    expectedSigner,
    expectedText,
    recoveredSigner: null,
    signedText,
    signature: null,
    signedByTee: false,
    contentMatches: false,
  }
  const fail = (reason: InvalidReason): VerificationResult => ({
    ...facts,
    status: 'invalid',
    reason,
    detail: invalidReasonText[reason],
  })
  if (!/^0x[0-9a-fA-F]{130}$/.test(payload.signature)) return fail('bad-signature')
  const signature = payload.signature as Hex
  facts = { ...facts, signature }
  let recoveredSigner: Address
  try {
    recoveredSigner = await recoverMessageAddress({ message: signedText, signature })
  } catch {
    return fail('bad-signature')
  }
  const signedByTee = recoveredSigner.toLowerCase() === expectedSigner.toLowerCase()
  facts = { ...facts, recoveredSigner, signedByTee }
  if (!signedByTee) return fail('wrong-signer')
  if (!service.teeSignerAcknowledged) return fail('signer-not-acknowledged')
  if (!parsed) return fail('malformed-text')

  let family: SignedFamily
  let responseMatches: boolean
  if (parsed.family === 'routing') {
    family = 'routing'
    responseMatches = parsed.responseHash === expected.responseHash
    facts.routing = {
      providerType: parsed.providerType,
      providerIdentity: parsed.providerIdentity,
      tlsCertFingerprint: parsed.tlsCertFingerprint,
    }
  } else {
    const signed = parsed.responseHashes.join(',')
    const images = expected.imageHashes?.join(',')
    if (images !== undefined && signed === images) {
      family = 'images'
      responseMatches = true
    } else {
      family = 'plain'
      responseMatches = signed === expected.responseHash
    }
  }
  const requestMatches = parsed.requestHash === expected.requestHash
  facts = {
    ...facts,
    family,
    responseMatches,
    requestMatches,
    contentMatches: responseMatches && requestMatches,
  }
  if (!responseMatches) return fail('content-mismatch')
  return {
    ...facts,
    status: 'verified',
    detail: requestMatches
      ? 'Signed by the provider’s TEE; the signed hashes match this request and response'
      : `Signed by the provider’s TEE and bound to this response. ${REQUEST_CHANGED_TEXT}.`,
  }
}
