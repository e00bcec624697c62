/**
 * The networks the app can show: 0G Mainnet, 0G Testnet Galileo and the local devnet (anvil).
 * `supportedChains` follows VITE_CHAIN_PROFILES with the default chain first. Ethereum mainnet is
 * deliberately absent, so RainbowKit never resolves ENS names or avatars (no third-party calls).
 */
import { defineChain, type Chain } from 'viem'
import {
  DEVNET_CHAIN_ID,
  MAINNET_CHAIN_ID,
  MULTICALL3_ADDRESS,
  multicall3Chains,
  TESTNET_CHAIN_ID,
  type SupportedChainId,
} from '@/contracts/addresses'
import { env, type ChainProfile } from './env'

const nativeCurrency = { name: '0G', symbol: '0G', decimals: 18 } as const

export const zeroGMainnet = defineChain({
  id: MAINNET_CHAIN_ID,
  name: '0G Mainnet',
  nativeCurrency,
  rpcUrls: { default: { http: ['https://evmrpc.0g.ai'] } },
  blockExplorers: {
    default: {
      name: '0G Chain Explorer',
      url: 'https://chainscan.0g.ai',
      apiUrl: 'https://chainscan.0g.ai/open/api',
    },
  },
})

export const zeroGTestnet = defineChain({
  id: TESTNET_CHAIN_ID,
  name: '0G Testnet Galileo',
  nativeCurrency,
  rpcUrls: { default: { http: ['https://evmrpc-testnet.0g.ai'] } },
  blockExplorers: {
    default: {
      name: '0G Galileo Explorer',
      url: 'https://chainscan-galileo.0g.ai',
      apiUrl: 'https://chainscan-galileo.0g.ai/open/api',
    },
  },
  testnet: true,
})

export const zeroGDevnet = defineChain({
  id: DEVNET_CHAIN_ID,
  name: 'Devnet',
  nativeCurrency,
  rpcUrls: { default: { http: [env.devnetRpcUrl] } },
  testnet: true,
})

/**
 * The chain with `contracts.multicall3` when Multicall3 is known to be there, so wagmi batches
 * same-tick reads into one `eth_call` (docs/adr/0004-batched-reads.md).
 */
export function withKnownMulticall(chain: Chain): Chain {
  if (!multicall3Chains.some((id) => id === chain.id)) return chain
  return {
    ...chain,
    contracts: { ...chain.contracts, multicall3: { address: MULTICALL3_ADDRESS } },
  }
}

const chainsByProfile = {
  mainnet: withKnownMulticall(zeroGMainnet),
  testnet: withKnownMulticall(zeroGTestnet),
  devnet: withKnownMulticall(zeroGDevnet),
} as const satisfies Record<ChainProfile, Chain>

/** The chain the app shows before a wallet connects. */
export const defaultChain: Chain = chainsByProfile[env.defaultChain]

/** The configured chains, default first (wagmi needs a non-empty tuple). */
export const supportedChains: readonly [Chain, ...Chain[]] = [
  defaultChain,
  ...env.chainProfiles.filter((p) => p !== env.defaultChain).map((p) => chainsByProfile[p]),
]

/** True when `chainId` is one of the chains this build is configured for. */
export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return supportedChains.some((c) => c.id === chainId)
}

/** The configured chain with this id, or undefined. */
export function getSupportedChain(chainId: number | undefined): Chain | undefined {
  return supportedChains.find((c) => c.id === chainId)
}

/** A label naming where data comes from, e.g. "Devnet (local, chain 31337)" or "0G Mainnet". */
export function chainLabel(chainId: number): string {
  if (chainId === DEVNET_CHAIN_ID) return `Devnet (local, chain ${DEVNET_CHAIN_ID})`
  const known = Object.values(chainsByProfile).find((c) => c.id === chainId)
  return known?.name ?? `Unknown network (chain ${chainId})`
}

function explorerBase(chainId: number): string | undefined {
  const chain: Chain | undefined = Object.values(chainsByProfile).find((c) => c.id === chainId)
  return chain?.blockExplorers?.default.url
}

/** Explorer link for a transaction, or undefined on chains without an explorer (devnet). */
export function explorerTxUrl(chainId: number, hash: string): string | undefined {
  const base = explorerBase(chainId)
  return base ? `${base}/tx/${hash}` : undefined
}
