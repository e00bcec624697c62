/**
 * Response signatures served at `GET /v1/proxy/signature/{chatID}`: EIP-191 by the TEE key over
 * `sha256(request):sha256(response bytes)` (docs/protocol.md §9.1), plus a routing proof for
 * TeeTLS services (docs/adr/0002-teetls-routing-proof.md).
 */
import { keccak256, stringToBytes, stringToHex, type Address, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { TEETLS_UPSTREAM_HOST } from '../catalog'
import { responseSignedText, sha256Hex } from '../../../src/lib/protocol/signed-text'
import {
  buildRoutingProof,
  canonicalRoutingProof,
  type RoutingProof,
} from '../../../src/lib/protocol/routing-proof'
import type { SignaturePayload } from '../../../src/lib/protocol/wire'
import type { ProviderRuntime } from './context'

/** The signature route's payload (src/lib/protocol/wire.ts) as this server stores and serves it. */
export interface StoredSignature extends SignaturePayload {
  signature: Hex
  signing_address: Address
  signing_algo: 'ecdsa'
  routing_proof?: RoutingProof
  routing_proof_signature?: Hex
}

/** Signatures kept per server; the oldest are dropped past this many (a devnet runs for hours, not months). */
export const MAX_STORED_SIGNATURES = 50_000

/** A key that is NOT the TEE signer, for the tamper-next-signature knob. */
const impostor = privateKeyToAccount(keccak256(stringToHex('0g-devnet impostor signer')))

/**
 * The devnet's stand-in for the upstream's TLS leaf certificate fingerprint: no TLS session exists
 * offline, so this is sha256 of a fixed label — stable across runs, and documented as fake.
 */
export function fakeUpstreamCertSha256(host: string): string {
  return sha256Hex(stringToBytes(`0g-devnet fake upstream certificate for ${host}`))
}

export class SignatureStore {
  private readonly byKey = new Map<string, StoredSignature>()
  private readonly latestBySlug = new Map<string, StoredSignature>()

  set(slug: string, chatId: string, sig: StoredSignature): void {
    this.byKey.set(`${slug}|${chatId}`, sig)
    this.latestBySlug.set(slug, sig)
    if (this.byKey.size > MAX_STORED_SIGNATURES) {
      const oldest = this.byKey.keys().next().value
      if (oldest !== undefined) this.byKey.delete(oldest)
    }
  }

  get(slug: string, chatId: string): StoredSignature | undefined {
    return this.byKey.get(`${slug}|${chatId}`)
  }

  /** The signature stored last for `slug` (for the replay-next-signature knob). */
  latest(slug: string): StoredSignature | undefined {
    return this.latestBySlug.get(slug)
  }
}

/** Signs one exchange; with `tamper` the signature comes from a different key (verification fails). */
export async function signExchange(
  provider: ProviderRuntime,
  chatId: string,
  requestBody: Uint8Array,
  responseBody: Uint8Array,
  tamper: boolean,
): Promise<StoredSignature> {
  const signer = tamper ? impostor : provider.teeAccount
  const text = responseSignedText(requestBody, responseBody)
  const stored: StoredSignature = {
    text,
    signature: await signer.signMessage({ message: text }),
    signing_address: provider.teeAccount.address,
    signing_algo: 'ecdsa',
  }
  if (provider.entry.verifiability === 'TeeTLS') {
    const proof = buildRoutingProof({
      provider: provider.address,
      upstreamHost: TEETLS_UPSTREAM_HOST,
      upstreamCertSha256: fakeUpstreamCertSha256(TEETLS_UPSTREAM_HOST),
      requestBody,
      responseBody,
      chatId,
      timestamp: Math.floor(Date.now() / 1000),
    })
    stored.routing_proof = proof
    stored.routing_proof_signature = await signer.signMessage({
      message: canonicalRoutingProof(proof),
    })
  }
  return stored
}

/** The per-request hash that settlement commits to (`requestsHash` = keccak of their concatenation). */
export function requestHashOf(chatId: string, signedText: string): Hex {
  return keccak256(stringToBytes(`${chatId}:${signedText}`))
}
