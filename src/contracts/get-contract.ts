import { inferenceServingAbi } from './abis/inference-serving'
import { ledgerManagerAbi } from './abis/ledger-manager'
import { contractAddresses, type SupportedChainId } from './addresses'

/**
 * The contracts the app's writes and route pages reach. The first screen's reads use
 * `getReadContract` (./reads.ts, smaller ABIs); FineTuningServing has its own module
 * (`getFineTuningContract`, ./fine-tuning-contract.ts) so its ABI loads only where it is used.
 */
const abis = {
  ledger: ledgerManagerAbi,
  inference: inferenceServingAbi,
} as const

export type ContractKey = keyof typeof abis

/** A spreadable `{ address, abi }` for one 0G contract on one supported chain. */
export function getContract<K extends ContractKey>(key: K, chainId: SupportedChainId) {
  return { address: contractAddresses[chainId][key], abi: abis[key] } as const
}
