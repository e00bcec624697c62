/**
 * What a provider's TEE signs for each response: `sha256hex(request body):sha256hex(response bytes)`,
 * lowercase hex without 0x (docs/protocol.md §9.1, "family A"). Clients that recompute both hashes
 * can tell a genuine signature from one replayed onto other content. The live broker also signs
 * other shapes (images, TeeTLS, sealed requests) that this module does not build or parse yet.
 */
import { sha256 } from 'viem'

/** Lowercase sha256 hex of raw bytes, no 0x prefix. */
export function sha256Hex(bytes: Uint8Array): string {
  return sha256(bytes).slice(2)
}

/** The text the provider signs for one request/response pair. */
export function responseSignedText(requestBody: Uint8Array, responseBody: Uint8Array): string {
  return `${sha256Hex(requestBody)}:${sha256Hex(responseBody)}`
}

/** Splits a signed text into its two hashes, or null when it is not in that shape. */
export function parseSignedText(
  text: string,
): { requestHash: string; responseHash: string } | null {
  const m = /^([0-9a-f]{64}):([0-9a-f]{64})$/.exec(text)
  if (!m) return null
  return { requestHash: m[1]!, responseHash: m[2]! }
}
