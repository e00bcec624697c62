/**
 * The texts a provider's TEE signs (docs/protocol.md §9.1), lowercase hex without 0x:
 * - A plain: `sha256(request as forwarded):sha256(response bytes)` (chat, speech; image fallback)
 * - B routing proof (TeeTLS): `reqHash:respHash:providerType:providerIdentity:tlsCertFingerprint`
 * - C images: `sha256(client request):sha256(image 1),sha256(image 2)…` over the decoded images
 * - D sealed: scheme-tagged, begins `zg-sig-v1/` (not checked by this app)
 * and what the client expects from the bytes it sent and received. Relative imports only: the
 * devnet runs this file under Node to sign.
 */
import { sha256 } from 'viem'

/** Lowercase sha256 hex of raw bytes, no 0x prefix. */
export function sha256Hex(bytes: Uint8Array): string {
  return sha256(bytes).slice(2)
}

/** Family A: the text signed for one request/response pair. */
export function responseSignedText(requestBody: Uint8Array, responseBody: Uint8Array): string {
  return `${sha256Hex(requestBody)}:${sha256Hex(responseBody)}`
}

/** Family C: the text signed for an image response, over the decoded image bytes. */
export function imageSignedText(requestBody: Uint8Array, images: readonly Uint8Array[]): string {
  return `${sha256Hex(requestBody)}:${images.map(sha256Hex).join(',')}`
}

/** Family B: the TeeTLS routing proof text (`FormatRoutingProofText`). */
export function routingProofText(
  requestBody: Uint8Array,
  responseBody: Uint8Array,
  providerType: string,
  providerIdentity: string,
  tlsCertFingerprint: string,
): string {
  return `${responseSignedText(requestBody, responseBody)}:${providerType}:${providerIdentity}:${tlsCertFingerprint}`
}

/** Sealed (end-to-end encrypted) texts start with this scheme tag (family D). */
export const SEALED_PREFIX = 'zg-sig-v1/'

const H = '[0-9a-f]{64}'
const PLAIN_OR_IMAGES = new RegExp(`^(${H}):(${H}(?:,${H})*)$`)
const ROUTING = new RegExp(`^(${H}):(${H}):([^:]*):([^:]*):(${H})$`)

export type ParsedSignedText =
  /** A, or C (`responseHashes` are the image hashes; one image looks exactly like A). */
  | { family: 'plain'; requestHash: string; responseHashes: string[] }
  | {
      family: 'routing'
      requestHash: string
      responseHash: string
      providerType: string
      providerIdentity: string
      tlsCertFingerprint: string
    }
  | { family: 'sealed'; scheme: string }

/** Reads a signed text by its shape; null when it is none of the families. */
export function parseSignedText(text: string): ParsedSignedText | null {
  if (text.startsWith(SEALED_PREFIX)) {
    const colon = text.indexOf(':')
    return { family: 'sealed', scheme: colon < 0 ? text : text.slice(0, colon) }
  }
  const p = PLAIN_OR_IMAGES.exec(text)
  if (p) return { family: 'plain', requestHash: p[1]!, responseHashes: p[2]!.split(',') }
  const r = ROUTING.exec(text)
  if (r) {
    return {
      family: 'routing',
      requestHash: r[1]!,
      responseHash: r[2]!,
      providerType: r[3]!,
      providerIdentity: r[4]!,
      tlsCertFingerprint: r[5]!,
    }
  }
  return null
}

/** What the client computed from its own bytes: the hashes a signed text must bind. */
export interface Expected {
  requestHash: string
  responseHash: string
  /** sha256 of each decoded image of an image response (family C). */
  imageHashes?: string[]
}

/**
 * The decoded images of an OpenAI image response (`data[].b64_json`), or null when the bytes are
 * not such a response or any item has no base64 image (the broker then signs family A).
 */
export function extractImages(responseBody: Uint8Array): Uint8Array[] | null {
  if (responseBody[0] !== 0x7b /* { */) return null
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(responseBody))
  } catch {
    return null
  }
  const data = (json as { data?: unknown } | null)?.data
  if (!Array.isArray(data) || data.length === 0) return null
  const out: Uint8Array[] = []
  for (const item of data) {
    const b64 = (item as { b64_json?: unknown } | null)?.b64_json
    if (typeof b64 !== 'string') return null
    try {
      const bin = atob(b64)
      const bytes = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
      out.push(bytes)
    } catch {
      return null
    }
  }
  return out
}

/** The expected hashes of one exchange (images are extracted when the response has them). */
export function expectedOf(requestBody: Uint8Array, responseBody: Uint8Array): Expected {
  const images = extractImages(responseBody)
  return {
    requestHash: sha256Hex(requestBody),
    responseHash: sha256Hex(responseBody),
    ...(images ? { imageHashes: images.map(sha256Hex) } : {}),
  }
}

/** `req:resp`, or `req:resp;img1,img2…` for image responses (stored so a check can resume). */
export function expectedText(e: Expected): string {
  const base = `${e.requestHash}:${e.responseHash}`
  return e.imageHashes ? `${base};${e.imageHashes.join(',')}` : base
}

const EXPECTED = new RegExp(`^(${H}):(${H})(?:;(${H}(?:,${H})*))?$`)

/** Reads a stored `expectedText`; null when it is not in that shape. */
export function parseExpectedText(text: string): Expected | null {
  const m = EXPECTED.exec(text)
  if (!m) return null
  return {
    requestHash: m[1]!,
    responseHash: m[2]!,
    ...(m[3] ? { imageHashes: m[3].split(',') } : {}),
  }
}
