import { fetchSignature, type Exchange } from '@/api/provider-client'
import { buildReceipt, type Receipt } from '@/lib/protocol/receipt'
import {
  verifyResponse,
  type VerifiableService,
  type VerificationResult,
} from '@/lib/protocol/verify-response'
import type { SupportedChainId } from '@/contracts/addresses'
import { contractAddresses } from '@/contracts/addresses'

export interface ServiceForVerify extends VerifiableService {
  provider: `0x${string}`
  url: string
  model: string
  serviceType: string
}

/**
 * Fetches the provider's signature for `exchange` (bounded retries) and checks it with the pure
 * verifier; a verified result also yields its receipt. Never throws for a failed check.
 */
export async function verifyExchange(
  chainId: SupportedChainId,
  service: ServiceForVerify,
  exchange: Exchange,
): Promise<{ result: VerificationResult; receipt?: Receipt }> {
  const payload = exchange.chatId
    ? await fetchSignature(service.url, exchange.chatId, service.model).catch(() => null)
    : null
  const result = await verifyResponse({
    service,
    payload,
    requestBody: exchange.requestBody,
    responseBody: exchange.responseBody,
  })
  if (result.status !== 'verified' || !result.signature || !result.signedText) return { result }
  const { inference, ledger } = contractAddresses[chainId]
  const receipt = buildReceipt({
    chainId,
    contracts: { inference, ledger },
    provider: service.provider,
    model: service.model,
    serviceType: service.serviceType,
    chatId: exchange.chatId,
    signedText: result.signedText,
    signature: result.signature,
    signer: result.recoveredSigner!,
    verifiedAt: new Date(),
  })
  return { result, receipt }
}
