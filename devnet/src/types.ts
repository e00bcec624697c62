import type { Address, Hex } from 'viem'
import type { CatalogEntry } from './catalog'

/** One seeded provider: its catalog entry, its on-chain account and its TEE signing key. */
export interface SeededProvider {
  entry: CatalogEntry
  /** Provider account (registered the service, receives settlements). */
  address: Address
  privateKey: Hex
  /** TEE signer (on chain as `teeSignerAddress`). */
  teeSigner: Address
  teeKey: Hex
  /** The service URL registered on chain (`{providerServerUrl}/{slug}`). */
  url: string
}

/** What `.devnet/devnet.json` holds (and `startDevnet()` returns). */
export interface DevnetInfo {
  runId: string
  chainId: number
  rpcUrl: string
  providerServerUrl: string
  /** The 0G contracts, and Multicall3 at its usual address (for batched reads). */
  contracts: { ledger: Address; inference: Address; fineTuning: Address; multicall3: Address }
  lockTimeSeconds: number
  deployer: { address: Address; privateKey: Hex }
  devWallets: { address: Address; privateKey: Hex }[]
  providers: {
    slug: string
    model: string
    serviceType: string
    verifiability: string
    address: Address
    teeSigner: Address
    url: string
  }[]
  /** Fine-tuning services on FineTuningServing (chain side only; no fine-tuning API is served). */
  fineTuningProviders: { address: Address; url: string }[]
  testMode: boolean
}
