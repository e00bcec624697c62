/**
 * The one paid-exchange workflow after the provider answered (docs/playground.md, "A request, end
 * to end"): fee → persist the result with a "verifying" verdict and its expected text → record the
 * usage → verify → persist the verdict (and receipt). Every modality runs it through
 * `usePaidExchange` (src/hooks/playground/use-paid-exchange.ts), which makes the call first; a
 * check cut by a reload resumes from the stored expected text (`resumeChecks`).
 */
import type { Address } from 'viem'
import type { Exchange } from '@/api/provider-client'
import { recordUsage } from '@/api/usage-store'
import type { Service } from '@/contracts/service'
import { newId } from '@/lib/playground/conversation'
import {
  paidUsageRecord,
  resumableChecks,
  type PendingCheck,
  type VerdictPatch,
} from '@/lib/playground/paid-exchange'
import { priceForModel, type ModelPrice } from '@/lib/protocol/billing'
import { feeFor, type PricedService, type Usage } from '@/lib/protocol/pricing'
import type { UsageKind } from '@/lib/usage-record'
import {
  expectedTextOf,
  verifyOnce,
  type ServiceForVerify,
  type VerifyContext,
} from './verify-exchange'

/** Stores the verdict of result `id`; a failed write is the store's to report, never thrown here. */
export type PatchVerdict = (id: string, patch: VerdictPatch) => Promise<void> | void

/** A paid response as a modality persists it. */
export interface PaidResponse<E extends Exchange = Exchange> {
  /** The local record id of the result; also its usage record's id and its check's key. */
  id: string
  exchange: E
  chatId: string
  usage: Usage | null
  /** neuron; null when the provider reported no usage (nothing is recorded) */
  fee: bigint | null
  verification: { status: 'verifying'; expectedText: string }
}

export interface SettleInput<E extends Exchange, R> {
  ctx: VerifyContext
  owner: { chainId: number; user: Address }
  service: Service
  exchange: E
  usage: Usage | null
  kind: UsageKind
  /** appended to the usage record's detail, e.g. "side by side" */
  note?: string
  /** the record id when the modality made it already (a side-by-side column); else a new one */
  id?: string
  /** Persists the result with `paid.verification` ("verifying"); returns the stored record. */
  persist: (paid: PaidResponse<E>) => Promise<R>
  patchVerdict: PatchVerdict
  /**
   * A multi-model service's published per-model prices (`GET /v1/models`), when known: the fee is
   * then the named model's, as the provider meters it; without them, the on-chain ceiling.
   */
  modelPrices?: readonly ModelPrice[]
}

/** The `model` a JSON request body names, or null (no model, not JSON, a multipart body). */
export function requestedModel(requestBody: Uint8Array): string | null {
  try {
    const body: unknown = JSON.parse(new TextDecoder().decode(requestBody))
    const model = (body as { model?: unknown } | null)?.model
    return typeof model === 'string' ? model : null
  } catch {
    return null
  }
}

/**
 * The prices a response is billed at: a multi-model service's prices for the model the request
 * named (the service's own model when it named none), else the on-chain ones (`priceForModel`).
 */
export function billedService(
  service: Service,
  exchange: Exchange,
  modelPrices: readonly ModelPrice[] | undefined,
): PricedService {
  if (!modelPrices || modelPrices.length === 0) return service
  return priceForModel(service, modelPrices, requestedModel(exchange.requestBody))
}

/**
 * Settles one paid response: prices it, persists it as "verifying", records its usage (even when
 * persisting failed: the provider charged it either way; then the persist error is thrown) and
 * starts its check. Returns what `persist` stored as `saved`; `verdict` resolves once the verdict
 * is stored (null when the same record's check was already running) and never rejects.
 */
export async function settlePaidExchange<E extends Exchange, R>(
  input: SettleInput<E, R>,
): Promise<{ paid: PaidResponse<E>; saved: R; verdict: Promise<VerdictPatch | null> }> {
  const { service, exchange, usage, owner } = input
  const fee = usage ? feeFor(billedService(service, exchange, input.modelPrices), usage) : null
  const paid: PaidResponse<E> = {
    id: input.id ?? newId(),
    exchange,
    chatId: exchange.chatId,
    usage,
    fee,
    verification: { status: 'verifying', expectedText: expectedTextOf(exchange) },
  }
  let saved: R
  try {
    saved = await input.persist(paid)
  } finally {
    if (fee !== null && usage)
      recordUsage(
        paidUsageRecord({
          id: paid.id,
          chatId: paid.chatId,
          chainId: owner.chainId,
          user: owner.user,
          provider: service.provider,
          model: service.model,
          kind: input.kind,
          fee,
          usage,
          note: input.note,
          at: Date.now(),
        }),
      )
  }
  const verdict = checkAndStore(paid.id, input.ctx, service, exchange, input.patchVerdict)
  return { paid, saved, verdict }
}

/**
 * Verifies one stored result (at most one check per record id at a time) and stores its verdict;
 * null when its check was already running. Never rejects.
 */
export async function checkAndStore(
  id: string,
  ctx: VerifyContext,
  service: ServiceForVerify,
  exchange: Exchange | { chatId: string; expectedText: string },
  patchVerdict: PatchVerdict,
): Promise<VerdictPatch | null> {
  const v = await verifyOnce(id, ctx, service, exchange)
  if (!v) return null
  const patch: VerdictPatch = {
    verification: v.result,
    ...(v.receipt ? { receipt: v.receipt } : {}),
  }
  await Promise.resolve(patchVerdict(id, patch)).catch(() => undefined)
  return patch
}

/**
 * Resumes the checks left "verifying" among `items` (a reload cut them) from their stored expected
 * text; results whose service is not in `services` stay as they are. Returns the started checks.
 */
export function resumeChecks(
  items: readonly PendingCheck[],
  services: readonly ServiceForVerify[],
  ctx: VerifyContext,
  patchVerdict: PatchVerdict,
): Promise<VerdictPatch | null>[] {
  return resumableChecks(items).flatMap((c) => {
    const service = services.find((s) => s.provider.toLowerCase() === c.provider.toLowerCase())
    if (!service) return []
    const stored = { chatId: c.chatId, expectedText: c.expectedText }
    return [checkAndStore(c.id, ctx, service, stored, patchVerdict)]
  })
}
