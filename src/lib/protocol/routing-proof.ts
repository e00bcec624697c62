/**
 * TeeTLS routing proof (docs/adr/0002-teetls-routing-proof.md): a TeeTLS broker relays requests to a
 * centralized upstream over TLS from inside its TEE, and signs a statement binding the request and
 * response hashes to the upstream host and the upstream certificate it saw. The live format is not
 * public; this is our own versioned format, signed with EIP-191 over a canonical line-based text.
 */
import { getAddress, isAddress, verifyMessage, type Address, type Hex } from 'viem'
import { sha256Hex } from './signed-text'

export const ROUTING_PROOF_VERSION = 1
/** First line of the canonical text: a domain tag so the signature cannot be replayed as another message. */
export const ROUTING_PROOF_TAG = '0g-teetls-routing-proof'

export interface RoutingProof {
  version: 1
  /** The provider (service) address on chain. */
  provider: Address
  upstream_host: string
  /** sha256 (hex, lowercase, no 0x) of the upstream's leaf certificate, DER-encoded. */
  upstream_cert_sha256: string
  request_sha256: string
  response_sha256: string
  chat_id: string
  /** Unix seconds when the response was complete. */
  timestamp: number
}

export interface BuildRoutingProofInput {
  provider: Address
  upstreamHost: string
  upstreamCertSha256: string
  requestBody: Uint8Array
  responseBody: Uint8Array
  chatId: string
  timestamp: number
}

const HEX64 = /^[0-9a-f]{64}$/
const HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/
const CHAT_ID = /^[\x21-\x7e]{1,200}$/ // printable ASCII, no spaces or newlines

/** Builds the proof object for one relayed request/response pair. */
export function buildRoutingProof(input: BuildRoutingProofInput): RoutingProof {
  const proof: RoutingProof = {
    version: ROUTING_PROOF_VERSION,
    provider: getAddress(input.provider),
    upstream_host: input.upstreamHost,
    upstream_cert_sha256: input.upstreamCertSha256.toLowerCase(),
    request_sha256: sha256Hex(input.requestBody),
    response_sha256: sha256Hex(input.responseBody),
    chat_id: input.chatId,
    timestamp: input.timestamp,
  }
  const problem = shapeProblem(proof)
  if (problem) throw new Error(`invalid routing proof: ${problem}`)
  return proof
}

/**
 * The exact text the TEE key signs (EIP-191 personal_sign): the tag line, then `key=value` lines in
 * this fixed order, `\n`-separated, no trailing newline. Addresses are lowercase; hashes lowercase hex.
 */
export function canonicalRoutingProof(proof: RoutingProof): string {
  return [
    `${ROUTING_PROOF_TAG}/v${proof.version}`,
    `provider=${proof.provider.toLowerCase()}`,
    `upstream_host=${proof.upstream_host.toLowerCase()}`,
    `upstream_cert_sha256=${proof.upstream_cert_sha256}`,
    `request_sha256=${proof.request_sha256}`,
    `response_sha256=${proof.response_sha256}`,
    `chat_id=${proof.chat_id}`,
    `timestamp=${proof.timestamp}`,
  ].join('\n')
}

/** Validates an untrusted JSON value as a routing proof; returns null with no exceptions. */
export function parseRoutingProof(v: unknown): RoutingProof | null {
  if (typeof v !== 'object' || v === null) return null
  const o = v as Record<string, unknown>
  if (o.version !== ROUTING_PROOF_VERSION) return null
  const fields = [
    'provider',
    'upstream_host',
    'upstream_cert_sha256',
    'request_sha256',
    'response_sha256',
    'chat_id',
  ] as const
  for (const f of fields) if (typeof o[f] !== 'string') return null
  if (typeof o.timestamp !== 'number') return null
  if (typeof o.provider !== 'string' || !isAddress(o.provider, { strict: false })) return null
  const proof: RoutingProof = {
    version: ROUTING_PROOF_VERSION,
    provider: getAddress(o.provider),
    upstream_host: o.upstream_host as string,
    upstream_cert_sha256: o.upstream_cert_sha256 as string,
    request_sha256: o.request_sha256 as string,
    response_sha256: o.response_sha256 as string,
    chat_id: o.chat_id as string,
    timestamp: o.timestamp,
  }
  return shapeProblem(proof) ? null : proof
}

function shapeProblem(p: RoutingProof): string | null {
  if (!HOST.test(p.upstream_host)) return 'upstream_host is not a host name'
  if (!HEX64.test(p.upstream_cert_sha256))
    return 'upstream_cert_sha256 is not 64 lowercase hex chars'
  if (!HEX64.test(p.request_sha256)) return 'request_sha256 is not 64 lowercase hex chars'
  if (!HEX64.test(p.response_sha256)) return 'response_sha256 is not 64 lowercase hex chars'
  if (!CHAT_ID.test(p.chat_id)) return 'chat_id must be 1–200 printable ASCII characters'
  if (!Number.isSafeInteger(p.timestamp) || p.timestamp < 0) return 'timestamp must be unix seconds'
  return null
}

export interface VerifyRoutingProofInput {
  proof: unknown
  signature: unknown
  /** The service's on-chain `teeSignerAddress`. */
  expectedSigner: Address
  /** When given, each must match the proof. */
  expectedProvider?: Address
  expectedUpstreamHost?: string
  expectedChatId?: string
  requestBody?: Uint8Array
  responseBody?: Uint8Array
}

export interface RoutingProofVerdict {
  ok: boolean
  /** Human-readable reasons for a failure; empty when ok. */
  problems: string[]
  proof: RoutingProof | null
}

/** Checks the signature over the canonical text and every expectation the caller supplies. */
export async function verifyRoutingProof(
  input: VerifyRoutingProofInput,
): Promise<RoutingProofVerdict> {
  const proof = parseRoutingProof(input.proof)
  if (!proof) return { ok: false, problems: ['routing proof is missing or malformed'], proof: null }
  const problems: string[] = []
  const sig = input.signature
  let signed = false
  if (typeof sig === 'string' && /^0x[0-9a-fA-F]{130}$/.test(sig)) {
    try {
      signed = await verifyMessage({
        address: input.expectedSigner,
        message: canonicalRoutingProof(proof),
        signature: sig as Hex,
      })
    } catch {
      signed = false
    }
  }
  if (!signed) problems.push('routing proof is not signed by the TEE signer')
  const eq = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
  if (input.expectedProvider && !eq(proof.provider, input.expectedProvider)) {
    problems.push('routing proof names another provider')
  }
  if (input.expectedUpstreamHost && !eq(proof.upstream_host, input.expectedUpstreamHost)) {
    problems.push(`upstream host is ${proof.upstream_host}, expected ${input.expectedUpstreamHost}`)
  }
  if (input.expectedChatId !== undefined && proof.chat_id !== input.expectedChatId) {
    problems.push('routing proof is for another chat id')
  }
  if (input.requestBody && sha256Hex(input.requestBody) !== proof.request_sha256) {
    problems.push('request hash does not match the request sent')
  }
  if (input.responseBody && sha256Hex(input.responseBody) !== proof.response_sha256) {
    problems.push('response hash does not match the response received')
  }
  return { ok: problems.length === 0, problems, proof }
}
