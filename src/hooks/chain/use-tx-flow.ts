/**
 * THE transaction flow: every write in the app goes through `useTxFlow().run(call, meta)`.
 *
 *   simulate (revert decoded before the wallet opens)
 *   → "Confirm in your wallet"            phase 'confirm'
 *   → "Pending" with explorer link         phase 'pending' (persisted: a reload picks it up)
 *   → "Confirmed" | "Reverted: <reason>"   | "Replaced" (wallet speed-up/cancel, detected by nonce)
 *
 * A wallet cancel ends in the neutral phase 'cancelled'; an RPC failure in 'failed' with
 * `error.kind === 'network'`, where `retry()` re-runs (nothing sent yet) or resumes watching
 * (already sent; never sends twice). After a transaction is mined every chain read is refreshed.
 * Render the state with `<TxStatus state={flow.state} onRetry={flow.retry} />`.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { Abi, Address, ContractFunctionArgs, ContractFunctionName, Hash, Hex } from 'viem'
import { encodeFunctionData } from 'viem'
import { useAccount, useConfig } from 'wagmi'
import { simulateContract, writeContract } from 'wagmi/actions'
import { saveTransaction } from '@/api/tx-store'
import { explorerTxUrl } from '@/config/chains'
import { toUserError } from '@/lib/errors/user-error'
import { zeroGErrorAbi } from '@/lib/errors/zero-g-error-abi'
import type { TxRecord } from '@/lib/tx-record'
import { isChainRead } from '@/chain/chain-read-keys'
import { IDLE, isBusy, type TxFlowState, type TxMeta } from './tx-flow-state'
import { trackTransaction, type TrackedOutcome } from '@/chain/tx/tx-tracker'
import { useSupportedChain } from './use-supported-chain'
import { useTxClient } from './use-tx-client'

type WriteMutability = 'nonpayable' | 'payable'

/** A contract write, spread from `getContract(…)` plus `functionName`, `args` and `value`. */
export interface TxCall<
  abi extends Abi = Abi,
  fn extends ContractFunctionName<abi, WriteMutability> = ContractFunctionName<
    abi,
    WriteMutability
  >,
> {
  address: Address
  abi: abi
  functionName: fn
  args?: ContractFunctionArgs<abi, WriteMutability, fn>
  /** neuron sent with the call */
  value?: bigint
}

export type { TxFlowState, TxMeta } from './tx-flow-state'

/** Maps a tracked outcome to the flow's final state. */
function outcomeState(base: TxFlowState, outcome: TrackedOutcome): TxFlowState {
  if (outcome.status === 'replaced') {
    const r = outcome.replacement
    const status = r?.receipt
      ? r.receipt.status === 'success'
        ? 'confirmed'
        : 'reverted'
      : undefined
    return {
      ...base,
      phase: 'replaced',
      replacement: { kind: outcome.kind, hash: r?.hash, status },
    }
  }
  return { ...base, phase: outcome.status, revertReason: outcome.revertReason }
}

/**
 * The flow for one action (one component): `state` to render, `run` to send, `retry`, `reset`.
 * `run` never throws; it resolves with the final state. Disabled (phase 'failed', kind
 * 'not-connected') without a connected wallet.
 */
export function useTxFlow() {
  const config = useConfig()
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = useTxClient(chainId)
  const queryClient = useQueryClient()
  const [state, setState] = useState<TxFlowState>(IDLE)
  const last = useRef<{ call: TxCall; meta: TxMeta } | undefined>(undefined)
  const watching = useRef<{ record: TxRecord; original: { to: Address; input: Hex } } | undefined>(
    undefined,
  )

  const watch = useCallback(
    async (record: TxRecord, original: { to: Address; input: Hex }): Promise<TxFlowState> => {
      const base: TxFlowState = {
        phase: 'pending',
        label: record.label,
        hash: record.hash,
        explorerUrl: explorerTxUrl(record.chainId, record.hash),
      }
      watching.current = { record, original }
      setState(base)
      if (!client) return base
      let next: TxFlowState
      try {
        next = outcomeState(base, await trackTransaction(client, record, { original }))
        void queryClient.invalidateQueries({ predicate: isChainRead })
      } catch (error) {
        next = { ...base, phase: 'failed', error: toUserError(error), sent: true }
      }
      setState(next)
      return next
    },
    [client, queryClient],
  )

  const failWith = useCallback((label: string, error: unknown): TxFlowState => {
    const userError = toUserError(error, 'tx')
    const next: TxFlowState =
      userError.kind === 'cancelled'
        ? { phase: 'cancelled', label, error: userError }
        : { phase: 'failed', label, error: userError, sent: false }
    setState(next)
    return next
  }, [])

  const run = useCallback(
    async <const abi extends Abi, fn extends ContractFunctionName<abi, WriteMutability>>(
      call: TxCall<abi, fn>,
      meta: TxMeta,
    ): Promise<TxFlowState> => {
      last.current = { call: call as unknown as TxCall, meta }
      watching.current = undefined
      const label = meta.label
      const fail = (error: unknown): TxFlowState => failWith(label, error)
      if (!address || !client) {
        return fail(
          Object.assign(new Error('Wallet not connected'), { name: 'ConnectorNotConnectedError' }),
        )
      }
      setState({ phase: 'simulating', label })
      let hash: Hash
      let nonce: number
      // Merged error ABI: reverts bubbling up from the serving contract decode too.
      const abi = [...call.abi, ...zeroGErrorAbi]
      const params = { ...call, abi, account: address, chainId } as never
      try {
        const { request } = await simulateContract(config, params)
        // Gas from the same state the simulation saw, with a 20% margin, so the wallet need not
        // estimate against its own pending transactions.
        const gas = await client.estimateContractGas({
          ...(params as object),
          blockTag: 'latest',
        } as never)
        nonce = await client.getTransactionCount({ address, blockTag: 'pending' })
        setState({ phase: 'confirm', label })
        hash = await writeContract(config, { ...request, gas: (gas * 12n) / 10n } as never)
      } catch (error) {
        return fail(error)
      }
      // The wallet picks the nonce; read it back (falls back to our pending-count guess).
      nonce = await client
        .getTransaction({ hash })
        .then((tx) => tx.nonce)
        .catch(() => nonce)
      const record: TxRecord = {
        hash,
        chainId,
        from: address,
        nonce,
        label,
        kind: meta.kind,
        providers: meta.providers,
        amount: meta.amount?.toString(),
        status: 'pending',
        submittedAt: Date.now(),
      }
      saveTransaction(record)
      const input = encodeFunctionData({
        abi: call.abi,
        functionName: call.functionName,
        args: call.args,
      } as never)
      return watch(record, { to: call.address, input })
    },
    [address, chainId, client, config, failWith, watch],
  )

  /** After a network failure: resume watching the sent transaction, or run the last call again. */
  const retry = useCallback(() => {
    if (state.phase !== 'failed') return
    if (state.sent && watching.current) {
      void watch(watching.current.record, watching.current.original)
    } else if (last.current) {
      void run(last.current.call, last.current.meta)
    }
  }, [run, state.phase, state.sent, watch])

  const reset = useCallback(() => setState(IDLE), [])

  /**
   * Shows `error` as the failure of the action `label` without sending anything (a read the call
   * needs failed). `retry` then does nothing: the caller runs the action again.
   */
  const fail = useCallback(
    (label: string, error: unknown): TxFlowState => {
      last.current = undefined
      watching.current = undefined
      return failWith(label, error)
    },
    [failWith],
  )

  return { state, run, retry, reset, fail, isBusy: isBusy(state) }
}
