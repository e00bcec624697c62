/**
 * Verification of one provider response (docs/protocol.md §9.1), pure: given the service as read
 * from chain, the signature payload the provider served, and the exact request/response bytes, it
 * says who signed (EIP-191 recovery vs the on-chain TEE signer or `TargetTeeAddress`) and, beyond
 * the SDK, whether the signed text is `sha256(request):sha256(response)` of THIS exchange.
 * A failed check is a result to display, never an exception.
 */
import { getAddress, isAddress, recoverMessageAddress, type Address, type Hex } from 'viem'
import { checkRouting, type RoutingFacts } from './verify-routing'
import { responseSignedText } from './signed-text'
import { parseSignaturePayload } from './wire'

/** Modes whose responses the TEE signs (TeeTLS relays sign too, with a routing proof on top). */
export const SIGNING_MODES = ['TeeML', 'OpML', 'ZKML', 'TeeTLS'] as const

export interface VerifiableService {
  verifiability: string
  teeSignerAddress: Address
  teeSignerAcknowledged: boolean
  additionalInfo: string
}

export type { RoutingFacts }

export type InvalidReason =
  | 'wrong-signer'
  | 'bad-signature'
  | 'content-mismatch'
  | 'signature-missing'
  | 'signer-not-acknowledged'
  | 'routing-proof'

export type VerificationResult =
  | { status: 'not-verifiable'; detail: string }
  | {
      status: 'verified' | 'invalid'
      reason?: InvalidReason
      detail: string
      /** "signed by the provider's TEE" */
      signedByTee: boolean
      /** "content matches": the signed text is sha256(request sent):sha256(response received) */
      contentMatches: boolean
      expectedSigner: Address
      recoveredSigner: Address | null
      expectedText: string
      signedText: string | null
      signature: Hex | null
      /** TeeTLS only: the routing proof's check and fields. */
      routing?: RoutingFacts
    }

/** Plain-words explanation of each failure reason. */
export const invalidReasonText: Record<InvalidReason, string> = {
  'wrong-signer': 'Signed by a key that is not the provider’s TEE signer on chain',
  'bad-signature': 'The signature is malformed and proves nothing',
  'content-mismatch': 'The signature covers other content than this request and response',
  'signature-missing': 'The provider did not serve a signature for this response',
  'signer-not-acknowledged': 'The provider’s TEE signer is not acknowledged on chain',
  'routing-proof': 'The TeeTLS routing proof is missing or does not check out',
}

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
  /** The chat id the signature was fetched for (checked against a TeeTLS routing proof). */
  chatId?: string
} & (
  | { requestBody: Uint8Array; responseBody: Uint8Array }
  /** `sha256hex(request):sha256hex(response)` computed earlier from the bytes (resumed checks). */
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
  const expectedText =
    'expectedText' in input
      ? input.expectedText
      : responseSignedText(input.requestBody, input.responseBody)
  interface Facts {
    expectedSigner: Address
    expectedText: string
    recoveredSigner: Address | null
    signedText: string | null
    signature: Hex | null
    signedByTee: boolean
    contentMatches: boolean
  }
  const base: Facts = {
    expectedSigner,
    expectedText,
    recoveredSigner: null,
    signedText: null,
    signature: null,
    signedByTee: false,
    contentMatches: false,
  }
  const fail = (
    reason: InvalidReason,
    extra: Partial<Facts> & { routing?: RoutingFacts } = {},
  ): VerificationResult => ({
    ...base,
    ...extra,
    status: 'invalid',
    reason,
    detail: invalidReasonText[reason],
  })
  const payload = parseSignaturePayload(input.payload)
  if (!payload) return fail('signature-missing')
  const signedText = payload.text
  const contentMatches = signedText === expectedText
  if (!/^0x[0-9a-fA-F]{130}$/.test(payload.signature)) {
    return fail('bad-signature', { signedText, contentMatches })
  }
  const signature = payload.signature as Hex
  let recoveredSigner: Address
  try {
    recoveredSigner = await recoverMessageAddress({ message: signedText, signature })
  } catch {
    return fail('bad-signature', { signedText, signature, contentMatches })
  }
  const signedByTee = recoveredSigner.toLowerCase() === expectedSigner.toLowerCase()
  const facts = { signedText, signature, recoveredSigner, signedByTee, contentMatches }
  if (!signedByTee) return fail('wrong-signer', facts)
  if (!service.teeSignerAcknowledged) return fail('signer-not-acknowledged', facts)
  if (!contentMatches) return fail('content-mismatch', facts)
  let routing: RoutingFacts | undefined
  if (service.verifiability === 'TeeTLS') {
    routing = await checkRouting(service, input.payload, expectedText, input.chatId)
    if (!routing.ok) return fail('routing-proof', { ...facts, routing })
  }
  return {
    ...base,
    ...facts,
    ...(routing ? { routing } : {}),
    status: 'verified',
    detail: 'Signed by the provider’s TEE and the signed hashes match this exchange',
  }
}
