/**
 * The provider API's wire contract, once for the app and the devnet provider server (and the
 * tests that call a provider directly): the paths under a service URL, the header names, and the
 * signature route's payload (docs/protocol.md §7, §9). Relative imports only: the devnet runs
 * this file under Node.
 */
import type { ServiceType } from './pricing'

/** The OpenAI-compatible proxy every service serves under `{service.url}`. */
export const PROXY_BASE = '/v1/proxy'

/** The billable route of each service type, relative to `PROXY_BASE`. */
export const PROXY_ROUTE = {
  chatbot: 'chat/completions',
  'text-to-image': 'images/generations',
  'image-editing': 'images/edits',
  'speech-to-text': 'audio/transcriptions',
} as const satisfies Record<ServiceType, string>
export type ProxyRoute = (typeof PROXY_ROUTE)[ServiceType]

/** Path (from the service URL) of the billable route of a service type, e.g. `/v1/proxy/chat/completions`. */
export const proxyPath = (route: ProxyRoute): string => `${PROXY_BASE}/${route}`

/** Unauthenticated paths under a service URL. */
export const WIRE_PATH = {
  /** The response signature of one chat id: `signaturePath(chatId, model)`. */
  signature: `${PROXY_BASE}/signature`,
  /** The TEE attestation report. */
  quote: '/v1/quote',
  /** The model list (the health probe). */
  models: '/v1/models',
  /** The model list where OpenAI clients look for it (`{baseURL}/models`). */
  proxyModels: `${PROXY_BASE}/models`,
} as const

/** `/v1/proxy/signature/{chatId}?model={model}`, both percent-encoded. */
export function signaturePath(chatId: string, model: string): string {
  return `${WIRE_PATH.signature}/${encodeURIComponent(chatId)}?model=${encodeURIComponent(model)}`
}

/** `/v1/user/{user}/unsettledfee`: fees served to `user` and not yet settled (needs auth). */
export const unsettledFeePath = (user: string): string => `/v1/user/${user}/unsettledfee`

/** Header names of the provider API. */
export const WIRE_HEADER = {
  /** The chat id of a response, which names its signature (response header). */
  resKey: 'ZG-Res-Key',
  /** `Bearer app-sk-…` (request header). */
  authorization: 'Authorization',
  /** Seconds (or an HTTP date) to wait after a 429 (response header). */
  retryAfter: 'Retry-After',
} as const

/** The Authorization scheme in front of an `app-sk-…` key. */
export const AUTH_SCHEME = 'Bearer'

/** `Bearer {key}` for the Authorization header. */
export const bearer = (key: string): string => `${AUTH_SCHEME} ${key}`

/**
 * What `GET /v1/proxy/signature/{chatId}` serves: the signed text and the TEE key's EIP-191
 * signature over it. TeeTLS services add a routing proof (docs/adr/0002-teetls-routing-proof.md);
 * other fields may follow and are ignored.
 */
export interface SignaturePayload {
  /** `sha256(request):sha256(response)` for the exchanges we verify (docs/protocol.md §9.1). */
  text: string
  /** `0x` + 65 bytes, unchecked here. */
  signature: string
}

/** `{text, signature}` out of an untrusted signature-route body, or null when it lacks them. */
export function parseSignaturePayload(body: unknown): SignaturePayload | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { text, signature } = body as Record<string, unknown>
  if (typeof text !== 'string' || typeof signature !== 'string') return null
  return { text, signature }
}
