import { fineTuningServingAbi } from './abis/fine-tuning-serving'
import { contractAddresses, type SupportedChainId } from './addresses'

/**
 * A spreadable `{ address, abi }` for FineTuningServing on one supported chain. Its own module, so
 * only the chunks that read fine-tuning accounts load its ABI (not the first screen).
 */
export function getFineTuningContract(chainId: SupportedChainId) {
  return { address: contractAddresses[chainId].fineTuning, abi: fineTuningServingAbi } as const
}
