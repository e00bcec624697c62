/**
 * Checking a response obtained elsewhere (SDK, CLI, curl) on the Verify page: the untrusted,
 * pasted inputs (the signature route's JSON, the response body or the decoded image files, the
 * optional request body, the provider's address) are size-bounded and parsed here with plain
 * messages, then handed to the one verifier (`verifyResponse`). Without a request body the request
 * part is "not given", never a failure. Pure; never throws.
 */
import { getAddress, isAddress, type Address } from 'viem'
import { expectedOf, expectedText, sha256Hex, type Expected } from './signed-text'
import { verifyResponse, type VerifiableService, type VerificationResult } from './verify-response'
import { parseSignaturePayload, type SignaturePayload } from './wire'

/** Size limits of what may be pasted or loaded (bytes). */
export const ANY_RESPONSE_LIMITS = {
  /** The signature route's JSON (`{text, signature}`). */
  signature: 64 * 1024,
  /** The response body, and the request body. */
  body: 8 * 1024 * 1024,
  /** Each image file of an image response (family C). */
  image: 16 * 1024 * 1024,
  /** Image files per response. */
  images: 16,
} as const

const MiB = (n: number) => `${n / (1024 * 1024)} MiB`

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** The signature route's JSON out of pasted text, or what is wrong with it. */
export function parseSignatureJson(text: string): Parsed<SignaturePayload> {
  if (!text.trim()) return { ok: false, error: 'Paste the JSON the signature route served' }
  if (new TextEncoder().encode(text).length > ANY_RESPONSE_LIMITS.signature)
    return { ok: false, error: 'The signature JSON is larger than 64 KiB' }
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return { ok: false, error: 'The signature JSON is not JSON' }
  }
  const payload = parseSignaturePayload(v)
  if (!payload)
    return {
      ok: false,
      error:
        'The signature JSON needs "text" and "signature" strings (as served by /v1/proxy/signature/{chatId})',
    }
  return { ok: true, value: payload }
}

/** A provider address (checksummed), or what is wrong with the text. */
export function parseProviderAddress(text: string): Parsed<Address> {
  const t = text.trim()
  if (!t) return { ok: false, error: 'Enter the provider’s address or pick it from the catalog' }
  if (!isAddress(t, { strict: false }))
    return { ok: false, error: 'The provider is not an address (0x followed by 40 hex digits)' }
  return { ok: true, value: getAddress(t) }
}

/** The response as given: its exact bytes, or the decoded image files of an image response. */
export type GivenResponse = { body: Uint8Array } | { images: readonly Uint8Array[] }

/** The size problem of the given bodies and files, if any. */
export function sizeProblem(
  response: GivenResponse,
  requestBody: Uint8Array | null,
): string | null {
  const max = ANY_RESPONSE_LIMITS
  if (requestBody && requestBody.length > max.body)
    return `The request body is larger than ${MiB(max.body)}`
  if ('body' in response) {
    if (response.body.length === 0) return 'Paste or load the response body'
    if (response.body.length > max.body) return `The response body is larger than ${MiB(max.body)}`
    return null
  }
  if (response.images.length === 0) return 'Load the image files'
  if (response.images.length > max.images) return `More than ${max.images} image files`
  if (response.images.some((i) => i.length > max.image))
    return `An image file is larger than ${MiB(max.image)}`
  return null
}

/** How the request part reads: bound to the given body, changed by the provider, or not given. */
export type RequestPart = 'bound' | 'changed' | 'not-given' | 'unchecked'

export interface AnyResponseVerdict {
  result: VerificationResult
  request: RequestPart
}

export const REQUEST_NOT_GIVEN_TEXT = 'Request: no request body given, not checked'

/** A request hash no body has (sha256 of nothing is e3b0…): used when no request body is given. */
const NO_REQUEST = '0'.repeat(64)

/** What the given bytes must hash to. */
function expectedOfGiven(response: GivenResponse, requestBody: Uint8Array | null): Expected {
  if ('body' in response) {
    const e = expectedOf(requestBody ?? new Uint8Array(), response.body)
    return requestBody ? e : { ...e, requestHash: NO_REQUEST }
  }
  const imageHashes = response.images.map(sha256Hex)
  return {
    requestHash: requestBody ? sha256Hex(requestBody) : NO_REQUEST,
    responseHash: imageHashes[0]!,
    imageHashes,
  }
}

/**
 * Checks a response obtained elsewhere with the one verifier. `service` is the provider's service
 * read from chain now (null when the address has none on this network). Input problems come back
 * as `{ok: false, error}`; a failed check is a verdict.
 */
export async function checkAnyResponse(input: {
  service: VerifiableService | null
  signatureJson: string
  response: GivenResponse
  requestBody: Uint8Array | null
}): Promise<Parsed<AnyResponseVerdict>> {
  const sig = parseSignatureJson(input.signatureJson)
  if (!sig.ok) return sig
  const size = sizeProblem(input.response, input.requestBody)
  if (size) return { ok: false, error: size }
  if (!input.service) return { ok: false, error: 'This address has no service on this network' }
  const result = await verifyResponse({
    service: input.service,
    payload: sig.value,
    expectedText: expectedText(expectedOfGiven(input.response, input.requestBody)),
  })
  if (result.status !== 'verified' && result.status !== 'invalid')
    return { ok: true, value: { result, request: 'unchecked' } }
  if (result.responseMatches === undefined || result.requestMatches === undefined)
    return { ok: true, value: { result, request: 'unchecked' } }
  if (!input.requestBody) {
    const detail =
      result.status === 'verified'
        ? 'Signed by the provider’s TEE and bound to this response; no request body was given.'
        : result.detail
    return { ok: true, value: { result: { ...result, detail }, request: 'not-given' } }
  }
  const request = result.requestMatches ? 'bound' : result.responseMatches ? 'changed' : 'unchecked'
  return { ok: true, value: { result, request } }
}
