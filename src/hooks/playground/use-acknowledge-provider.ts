import type { Address } from 'viem'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useTxFlow } from '@/hooks/chain/use-tx-flow'

/**
 * Acknowledges a provider's TEE signer for the user's sub-account with it, as the SDK's
 * `acknowledgeProviderSigner` does (`InferenceServing.acknowledgeTEESigner(provider, true)`),
 * through the transaction flow. The broker serves a sub-account only once it is acknowledged.
 */
export function useAcknowledgeProvider() {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const acknowledge = (provider: Address, providerName?: string) =>
    flow.run(
      {
        ...getContract('inference', chainId),
        functionName: 'acknowledgeTEESigner',
        args: [provider, true],
      },
      {
        label: `Acknowledge ${providerName ?? provider}`,
        kind: 'acknowledge',
        providers: [provider],
      },
    )
  return { ...flow, acknowledge }
}
