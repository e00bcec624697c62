/**
 * The ledger's own writes, each a transaction-flow instance (`state`, `retry`, `reset`, `isBusy`)
 * plus one action that resolves with the final state and never throws. Amounts in neuron.
 */
import type { Address } from 'viem'
import type { ServingKind } from '@/chain/ledger/service-name-query'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useTxFlow } from '@/hooks/chain/use-tx-flow'
import { zeroGText } from '@/lib/format'
import { useServiceNameTxFlow } from './use-service-name-tx-flow'

/** Creates the ledger with a first deposit (≥ 3 0G). */
export function useCreateLedger() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const create = (amount: bigint) =>
    flow.run(
      { ...getContract('ledger', chainId), functionName: 'addLedger', args: [''], value: amount },
      { label: `Create ledger with ${zeroGText(amount)}`, kind: 'create-ledger', amount },
    )
  return { ...flow, create }
}

/** Deposits from the wallet into the ledger's available balance. */
export function useDeposit() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const deposit = (amount: bigint) =>
    flow.run(
      { ...getContract('ledger', chainId), functionName: 'depositFund', value: amount },
      { label: `Deposit ${zeroGText(amount)}`, kind: 'deposit', amount },
    )
  return { ...flow, deposit }
}

/** Refunds available balance to the wallet (all of it closes the ledger). */
export function useRefund() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const refund = (amount: bigint) =>
    flow.run(
      { ...getContract('ledger', chainId), functionName: 'refund', args: [amount] },
      { label: `Refund ${zeroGText(amount)} to wallet`, kind: 'refund', amount },
    )
  return { ...flow, refund }
}

/** Deletes an empty ledger. */
export function useDeleteLedger() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const remove = () =>
    flow.run(
      { ...getContract('ledger', chainId), functionName: 'deleteLedger' },
      { label: 'Delete ledger', kind: 'delete-ledger' },
    )
  return { ...flow, remove }
}

/**
 * Retrieves from providers: collects their matured refunds into the ledger and starts a refund of
 * the rest (locked for the lock time), under the service name read from chain (inference, or
 * fine-tuning sub-accounts with `kind: 'fineTuning'`). At most 20 providers per call.
 */
export function useRetrieveFunds(kind: ServingKind = 'inference') {
  const { chainId } = useSupportedChain()
  const { withServiceName, ...flow } = useServiceNameTxFlow(kind)
  const retrieve = (providers: Address[], label: string) =>
    withServiceName(label, (name) =>
      flow.run(
        {
          ...getContract('ledger', chainId),
          functionName: 'retrieveFund',
          args: [providers, name],
        },
        { label, kind: 'retrieve', providers },
      ),
    )
  return { ...flow, retrieve }
}
