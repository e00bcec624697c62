import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Address } from 'viem'
import { useAccount } from 'wagmi'
import type { Exchange, InferenceTarget } from '@/api/provider-client'
import {
  settlePaidExchange,
  type PaidResponse,
  type PatchVerdict,
} from '@/chain/playground/paid-exchange'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { modelPricesQueryOptions, wantsModelPrices } from '@/hooks/services/use-model-prices'
import type { ModelPrice } from '@/lib/protocol/billing'
import type { PendingCheck } from '@/lib/playground/paid-exchange'
import type { Usage } from '@/lib/protocol/pricing'
import type { UsageKind } from '@/lib/usage-record'
import { useInferenceCall, type CallOptions } from './use-inference-call'
import { useResumeVerification } from './use-resume-verification'
import { useVerifyContext } from './use-verify-context'

/** Where a modality keeps its results' verdicts: the results, and how one verdict is stored. */
export interface VerdictStore {
  /** The stored results (those still "verifying" are resumed). */
  pending: readonly PendingCheck[]
  patchVerdict: PatchVerdict
}

/** Whose results these are: the shown chain and the connected wallet. */
export interface Owner {
  chainId: number
  user: Address
}

/** One paid request of a modality: what to send, what it is billed for, and how to keep it. */
export interface PaidRequest<E extends Exchange, R> {
  service: Service
  /** The provider call, made with the session token (see `useInferenceCall`). */
  send: (target: InferenceTarget) => Promise<E>
  callOptions?: CallOptions
  /** The usage the provider reported for the exchange; null when none (nothing is recorded). */
  usageOf: (exchange: E) => Usage | null
  kind: UsageKind
  /** appended to the usage record's detail, e.g. "side by side" */
  note?: string
  /** the result's record id when the modality made it already; else a new one */
  id?: string
  /**
   * Persists the result with `paid.verification` ("verifying", with its expected text) and
   * returns the stored record (`pay` returns it as `saved`).
   */
  persist: (paid: PaidResponse<E>, owner: Owner) => Promise<R>
}

/**
 * The one paid-exchange workflow of the playground (docs/playground.md): `pay(request)` calls the
 * provider through `useInferenceCall` (session token, 401 renewal, 429 wait, URL guard), prices
 * the usage, persists the result as "verifying", records the usage and verifies, storing the
 * verdict in `store`; it also resumes `store`'s checks cut by a reload. `pay` rejects when no
 * wallet is connected or the call fails (nothing is persisted or recorded then).
 */
export function usePaidExchange(store: VerdictStore) {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const ctx = useVerifyContext()
  const call = useInferenceCall()
  useResumeVerification(store)
  const { patchVerdict } = store
  const queryClient = useQueryClient()
  return useCallback(
    async <E extends Exchange, R>(req: PaidRequest<E, R>) => {
      if (!address) throw new Error('Connect a wallet first')
      const owner: Owner = { chainId, user: address }
      const { service } = req
      const exchange = await call(service.provider, service.url, req.send, req.callOptions)
      // A multi-model service bills the model the request named: price it from the provider's
      // published list (cached with the service page's); if that fails, the on-chain ceiling.
      let modelPrices: readonly ModelPrice[] | undefined
      if (wantsModelPrices(service)) {
        modelPrices = await queryClient
          .fetchQuery(modelPricesQueryOptions(chainId, service))
          .then((list) => list.models)
          .catch(() => undefined)
      }
      const settled = await settlePaidExchange({
        ctx,
        owner,
        service,
        exchange,
        usage: req.usageOf(exchange),
        kind: req.kind,
        note: req.note,
        id: req.id,
        persist: (paid) => req.persist(paid, owner),
        patchVerdict,
        modelPrices,
      })
      // The provider's unsettled-fee figure (what can still be spent) now includes this response.
      void queryClient.invalidateQueries({ queryKey: ['unsettled-fee'] })
      return settled
    },
    [address, chainId, ctx, call, patchVerdict, queryClient],
  )
}
