import { fineTuningServingAbi } from './abis/fine-tuning-serving'
import { inferenceServingAbi } from './abis/inference-serving'
import { ledgerManagerAbi } from './abis/ledger-manager'
import { contractAddresses, type SupportedChainId } from './addresses'

const abis = {
  ledger: ledgerManagerAbi,
  inference: inferenceServingAbi,
  fineTuning: fineTuningServingAbi,
} as const

export type ContractKey = keyof typeof abis

/** A spreadable `{ address, abi }` for one 0G contract on one supported chain. */
export function getContract<K extends ContractKey>(key: K, chainId: SupportedChainId) {
  return { address: contractAddresses[chainId][key], abi: abis[key] } as const
}
