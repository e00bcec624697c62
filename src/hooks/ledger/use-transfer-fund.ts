import type { Address } from 'viem'
import { getContract } from '@/contracts/get-contract'
import { formatZeroG } from '@/lib/format'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useServiceNameTxFlow } from './use-service-name-tx-flow'

/**
 * Moves `amount` neuron from the ledger's available balance into the sub-account with `provider`
 * (creating it, ≥ 1 0G, on the first transfer; cancelling pending refunds first otherwise), under
 * the inference service name read from chain (`getServiceInfo`), through the transaction flow
 * (useServiceNameTxFlow). Returns the flow (`state`, `retry`, `reset`, `isBusy`) plus `transfer`,
 * which resolves with the final state and never throws.
 */
export function useTransferFund() {
  const { chainId } = useSupportedChain()
  const { withServiceName, ...flow } = useServiceNameTxFlow()
  const transfer = (provider: Address, amount: bigint, providerName?: string) => {
    const label = `Transfer ${formatZeroG(amount)} 0G to ${providerName ?? provider}`
    return withServiceName(label, (name) =>
      flow.run(
        {
          ...getContract('ledger', chainId),
          functionName: 'transferFund',
          args: [provider, name, amount],
        },
        { label, kind: 'transfer', providers: [provider], amount },
      ),
    )
  }
  return { ...flow, transfer }
}
