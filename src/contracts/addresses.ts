import type { Address } from 'viem'

/** Chain ids the app knows: 0G Mainnet, 0G Testnet Galileo, and the local devnet (anvil). */
export const MAINNET_CHAIN_ID = 16661
export const TESTNET_CHAIN_ID = 16602
export const DEVNET_CHAIN_ID = 31337

export type SupportedChainId =
  typeof MAINNET_CHAIN_ID | typeof TESTNET_CHAIN_ID | typeof DEVNET_CHAIN_ID

export interface ContractAddresses {
  ledger: Address
  inference: Address
  fineTuning: Address
}

/**
 * The 0G Compute contracts per chain. Mainnet/testnet are the SDK 0.9.0 constants; the devnet
 * addresses follow from a fresh anvil, deployer account #0 and the deploy order of
 * docs/protocol.md §2 (devnet/src/deploy.ts asserts it).
 */
export const contractAddresses = {
  [MAINNET_CHAIN_ID]: {
    ledger: '0x2dE54c845Cd948B72D2e32e39586fe89607074E3',
    inference: '0x47340d900bdFec2BD393c626E12ea0656F938d84',
    fineTuning: '0x4e3474095518883744ddf135b7E0A23301c7F9c0',
  },
  [TESTNET_CHAIN_ID]: {
    ledger: '0xE70830508dAc0A97e6c087c75f402f9Be669E406',
    inference: '0xa79F4c8311FF93C06b8CfB403690cc987c93F91E',
    fineTuning: '0xC6C075D8039763C8f1EbE580be5ADdf2fd6941bA',
  },
  [DEVNET_CHAIN_ID]: {
    ledger: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
    inference: '0x0165878A594ca255338adfa4d48449f69242Eb8F',
    fineTuning: '0xA51c1fc2f0D1a1b8494Ed1FE312d7C3a78Ed91C0',
  },
} as const satisfies Record<SupportedChainId, ContractAddresses>

/** Multicall3 (reads batched into one `eth_call`), at its usual address, where we know it exists. */
export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11'

/**
 * Chains on which the app batches reads through Multicall3. Only the devnet, which installs it:
 * its presence on 0G Mainnet and Testnet has not been verified (no network here), and a missing
 * contract would fail every batched read. Add a chain here once `eth_getCode` there shows it.
 */
export const multicall3Chains: readonly SupportedChainId[] = [DEVNET_CHAIN_ID]
