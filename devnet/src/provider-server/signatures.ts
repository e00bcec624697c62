/**
 * Response signatures served at `GET /v1/proxy/signature/{chatID}`: EIP-191 by the TEE key over
 * the live broker's signed texts (docs/protocol.md §9.1, ctrl/signing.go): family A
 * `sha256(forwarded request):sha256(response bytes)` for chat and speech, family C over the decoded
 * images for image services (A when none can be extracted), family B (the routing proof, with
 * `provider_type`, `provider_identity`, `tls_cert_fingerprint`) for TeeTLS services.
 */
import { keccak256, stringToBytes, stringToHex, type Address, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { TEETLS_UPSTREAM_HOST } from '../catalog'
import {
  extractImages,
  imageSignedText,
  responseSignedText,
  routingProofText,
  sha256Hex,
} from '../../../src/lib/protocol/signed-text'
import type { SignaturePayload } from '../../../src/lib/protocol/wire'
import type { ProviderRuntime } from './context'

/** The signature route's payload (src/lib/protocol/wire.ts) as this server stores and serves it. */
export interface StoredSignature extends SignaturePayload {
  signature: Hex
  signing_address: Address
  signing_algo: 'ecdsa'
  /** TeeTLS (centralized) services only, as the broker's `ChatSignature`. */
  provider_type?: string
  provider_identity?: string
  tls_cert_fingerprint?: string
}

/** Signatures kept per server; the oldest are dropped past this many (a devnet runs for hours, not months). */
export const MAX_STORED_SIGNATURES = 50_000

/** A key that is NOT the TEE signer, for the tamper-next-signature knob. */
const impostor = privateKeyToAccount(keccak256(stringToHex('0g-devnet impostor signer')))

/**
 * The devnet's stand-in for the upstream's TLS leaf certificate fingerprint: no TLS session exists
 * offline, so this is sha256 of a fixed label — 64 lowercase hex, stable across runs, and
 * documented as fake.
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

/** The bytes of one exchange a signature may cover. */
export interface SignedExchange {
  /** What the client sent. */
  clientBody: Uint8Array
  /** What the broker forwarded upstream (chat: include_usage added, provider rewrites). */
  forwardedBody: Uint8Array
  /** What the client receives. */
  responseBody: Uint8Array
}

/** The text the broker signs for this provider's exchange (family A, B or C). */
export function signedTextFor(provider: ProviderRuntime, x: SignedExchange): string {
  const { entry } = provider
  if (entry.verifiability === 'TeeTLS') {
    return routingProofText(
      x.forwardedBody,
      x.responseBody,
      String(entry.extraInfo?.ProviderType ?? 'centralized'),
      entry.providerIdentity ?? 'aliyun',
      fakeUpstreamCertSha256(TEETLS_UPSTREAM_HOST),
    )
  }
  if (entry.serviceType === 'text-to-image' || entry.serviceType === 'image-editing') {
    // signImageResponse: the client's own body and the decoded images; A when none are extractable.
    const images = extractImages(x.responseBody)
    return images
      ? imageSignedText(x.clientBody, images)
      : responseSignedText(x.clientBody, x.responseBody)
  }
  return responseSignedText(x.forwardedBody, x.responseBody)
}

/** Signs one exchange; with `tamper` the signature comes from a different key (verification fails). */
export async function signExchange(
  provider: ProviderRuntime,
  exchange: SignedExchange,
  tamper: boolean,
): Promise<StoredSignature> {
  const signer = tamper ? impostor : provider.teeAccount
  const text = signedTextFor(provider, exchange)
  const stored: StoredSignature = {
    text,
    signature: await signer.signMessage({ message: text }),
    signing_address: provider.teeAccount.address,
    signing_algo: 'ecdsa',
  }
  if (provider.entry.verifiability === 'TeeTLS') {
    const [, , providerType, providerIdentity, fingerprint] = text.split(':')
    stored.provider_type = providerType
    stored.provider_identity = providerIdentity
    stored.tls_cert_fingerprint = fingerprint
  }
  return stored
}

/** The per-request hash that settlement commits to (`requestsHash` = keccak of their concatenation). */
export function requestHashOf(chatId: string, signedText: string): Hex {
  return keccak256(stringToBytes(`${chatId}:${signedText}`))
}
