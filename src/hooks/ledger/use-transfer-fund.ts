import type { Address } from 'viem'
import { INFERENCE_SERVICE_NAME } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import { formatZeroG } from '@/lib/format'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useTxFlow } from '@/hooks/chain/use-tx-flow'

/**
 * Moves `amount` neuron from the ledger's available balance into the sub-account with `provider`
 * (creating it, ≥ 1 0G, on the first transfer; cancelling pending refunds first otherwise), through
 * the transaction flow. Returns the flow (`state`, `retry`, `reset`, `isBusy`) plus `transfer`,
 * which resolves with the final state and never throws.
 */
export function useTransferFund() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const transfer = (provider: Address, amount: bigint, providerName?: string) =>
    flow.run(
      {
        ...getContract('ledger', chainId),
        functionName: 'transferFund',
        args: [provider, INFERENCE_SERVICE_NAME, amount],
      },
      {
        label: `Transfer ${formatZeroG(amount)} 0G to ${providerName ?? provider}`,
        kind: 'transfer',
        providers: [provider],
        amount,
      },
    )
  return { ...flow, transfer }
}
