import type { Exchange } from '@/api/provider-client'
import { fetchSignature } from '@/api/signature-client'
import { expectedOf, expectedText, sha256Hex } from '@/lib/protocol/signed-text'
import { buildReceipt, receiptTextOf, type Receipt } from '@/lib/protocol/receipt'
import {
  verifyResponse,
  type VerifiableService,
  type VerificationResult,
} from '@/lib/protocol/verify-response'
import type { PublicClient } from 'viem'
import type { SupportedChainId } from '@/contracts/addresses'
import { contractAddresses } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import type { Service } from '@/contracts/service'

/** The service facts a verification needs: the signing facts plus where and what was called. */
export type ServiceForVerify = VerifiableService &
  Pick<Service, 'provider' | 'url' | 'model' | 'serviceType'>

/** Where verification reads chain state: the chain, and its client for a fresh service read. */
export interface VerifyContext {
  chainId: SupportedChainId
  client?: Pick<PublicClient, 'readContract'>
}

/** The service's signing facts read from chain now (a rotated TEE signer counts), else the snapshot's. */
async function freshService(
  ctx: VerifyContext,
  service: ServiceForVerify,
): Promise<ServiceForVerify> {
  const now = await ctx.client
    ?.readContract({
      ...getContract('inference', ctx.chainId),
      functionName: 'getService',
      args: [service.provider],
    })
    .catch(() => null)
  if (!now) return service
  const { verifiability, teeSignerAddress, teeSignerAcknowledged, additionalInfo } = now
  return { ...service, verifiability, teeSignerAddress, teeSignerAcknowledged, additionalInfo }
}

/**
 * Fetches the provider's signature for `exchange` (bounded retries) and checks it with the pure
 * verifier; a verified result also yields its receipt. Never throws for a failed check.
 */
export async function verifyExchange(
  ctx: VerifyContext,
  snapshot: ServiceForVerify,
  exchange: Exchange | { chatId: string; expectedText: string },
): Promise<{ result: VerificationResult; receipt?: Receipt }> {
  const { chainId } = ctx
  const service = await freshService(ctx, snapshot)
  const payload = exchange.chatId
    ? await fetchSignature(service.url, exchange.chatId, service.model).catch(() => null)
    : null
  const result = await verifyResponse({
    service,
    payload,
    chatId: exchange.chatId,
    expectedText: expectedTextOf(exchange),
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
  // Kept so the export may include it (opt-in).
  return { result, receipt: 'responseBody' in exchange ? withText(receipt, exchange) : receipt }
}

/** The receipt with the response bytes as text, when that text hashes to its responseSha256. */
function withText(receipt: Receipt, exchange: Exchange): Receipt {
  const responseText = receiptTextOf(exchange.responseBody)
  // Images are bound by their decoded bytes: their body is not `responseSha256`.
  return responseText !== undefined && sha256Hex(exchange.responseBody) === receipt.responseSha256
    ? { ...receipt, responseText }
    : receipt
}

/**
 * The hashes an exchange's signature must bind, as text (`req:resp`, plus `;img1,…` for images),
 * kept with a result so a check cut by a reload can resume without the bytes.
 */
export function expectedTextOf(exchange: Exchange | { expectedText: string }): string {
  return 'expectedText' in exchange
    ? exchange.expectedText
    : expectedText(expectedOf(exchange.requestBody, exchange.responseBody))
}

const inFlight = new Set<string>()

/**
 * `verifyExchange` at most once at a time per key (the result's record id), so the check started
 * after a reply and the one resumed after a reload never run twice; null when already running.
 */
export async function verifyOnce(
  key: string,
  ...args: Parameters<typeof verifyExchange>
): Promise<Awaited<ReturnType<typeof verifyExchange>> | null> {
  const exchange = args[2]
  if (inFlight.has(key)) {
    // The check resumed from the stored hashes got here first: hand it the bytes for the receipt.
    if ('responseBody' in exchange) bytesFor.set(key, exchange)
    return null
  }
  inFlight.add(key)
  try {
    const out = await verifyExchange(...args)
    const bytes = bytesFor.get(key)
    return bytes && out.receipt && out.receipt.responseText === undefined
      ? { ...out, receipt: withText(out.receipt, bytes) }
      : out
  } finally {
    inFlight.delete(key)
    bytesFor.delete(key)
  }
}

/** The exchanges whose check was already running (resumed) when they arrived, by key. */
const bytesFor = new Map<string, Exchange>()
