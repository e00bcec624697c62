/** The TeeTLS part of response verification: the routing proof must bind THIS exchange (ADR 0002). */
import { getAddress, type Address } from 'viem'
import { verifyRoutingProof, type RoutingProof } from './routing-proof'

/** A TeeTLS routing proof's check and its fields. */
export interface RoutingFacts {
  ok: boolean
  problems: string[]
  proof: RoutingProof | null
}

/** The upstream host a TeeTLS service declares in `additionalInfo`, if any. */
function declaredUpstreamHost(additionalInfo: string): string | undefined {
  try {
    const v = (JSON.parse(additionalInfo) as Record<string, unknown>).TeeTLSUpstreamHost
    return typeof v === 'string' ? v : undefined
  } catch {
    return undefined
  }
}

/**
 * Checks the routing proof served next to the signature: signed by the TEE signer, for the declared
 * upstream host and this chat id, and over the same request/response hashes as `expectedText`.
 */
export async function checkRouting(
  service: { teeSignerAddress: Address; additionalInfo: string },
  payload: unknown,
  expectedText: string,
  chatId: string | undefined,
): Promise<RoutingFacts> {
  const raw = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
    string,
    unknown
  >
  const [requestHash, responseHash] = expectedText.split(':')
  const v = await verifyRoutingProof({
    proof: raw.routing_proof,
    signature: raw.routing_proof_signature,
    expectedSigner: getAddress(service.teeSignerAddress),
    expectedUpstreamHost: declaredUpstreamHost(service.additionalInfo),
    expectedChatId: chatId,
  })
  const same = v.proof?.request_sha256 === requestHash && v.proof?.response_sha256 === responseHash
  return {
    ok: v.ok && same,
    problems: same ? v.problems : [...v.problems, 'routing proof covers other content'],
    proof: v.proof,
  }
}
