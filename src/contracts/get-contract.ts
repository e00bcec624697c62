import { inferenceServingAbi } from './abis/inference-serving'
import { ledgerManagerAbi } from './abis/ledger-manager'
import { contractAddresses, type SupportedChainId } from './addresses'

/**
 * The contracts the first screen's modules reach. FineTuningServing is not here: its ABI would then
 * ride in the entry chunk; use `getFineTuningContract` (./fine-tuning-contract.ts) instead.
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
