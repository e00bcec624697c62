import { inferenceServingReadsAbi } from './abis/inference-serving-reads'
import { ledgerManagerReadsAbi } from './abis/ledger-manager-reads'
import { contractAddresses, type SupportedChainId } from './addresses'

/**
 * The first screen's reads (the catalog, the ledger overview): ABIs with only the functions they
 * call (and every error), so the entry chunk does not carry those of every write and route. Other
 * code uses `getContract` (./get-contract.ts); both are generated from the same package ABIs.
 */
const readAbis = {
  ledger: ledgerManagerReadsAbi,
  inference: inferenceServingReadsAbi,
} as const

/** A spreadable `{ address, abi }` for one 0G contract's first-screen reads on one chain. */
export function getReadContract<K extends keyof typeof readAbis>(
  key: K,
  chainId: SupportedChainId,
) {
  return { address: contractAddresses[chainId][key], abi: readAbis[key] } as const
}
