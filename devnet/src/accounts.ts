/**
 * Well-known devnet keys. Everything derives from anvil's public test mnemonic, so these keys are
 * public knowledge: they exist only for the local devnet and must never hold real funds.
 */
import { keccak256, stringToHex, type Hex } from 'viem'
import { mnemonicToAccount, privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'

export const DEVNET_MNEMONIC = 'test test test test test test test test test test test junk'
/**
 * anvil --accounts: 0 deployer/owner, 1–5 dev wallets, 10–23 inference providers (one per catalog
 * entry), 24 the fine-tuning provider.
 */
export const ANVIL_ACCOUNT_COUNT = 25
/** Initial balance of every anvil account, in 0G. */
export const ANVIL_BALANCE_0G = 10_000

const keyCache = new Map<number, Hex>()

/** Private key of HD account `index` of the devnet mnemonic. */
export function devKey(index: number): Hex {
  let key = keyCache.get(index)
  if (!key) {
    const hd = mnemonicToAccount(DEVNET_MNEMONIC, { addressIndex: index })
    const pk = hd.getHdKey().privateKey
    if (!pk) throw new Error(`no private key for account ${index}`)
    key = `0x${Buffer.from(pk).toString('hex')}` as Hex
    keyCache.set(index, key)
  }
  return key
}

export function devAccount(index: number): PrivateKeyAccount {
  return privateKeyToAccount(devKey(index))
}

export const DEPLOYER_INDEX = 0
export const DEV_WALLET_INDEXES = [1, 2, 3, 4, 5] as const
export const FIRST_PROVIDER_INDEX = 10

/** The TEE signing key of a seeded provider: deterministic per service slug, never funded. */
export function teeSignerKey(slug: string): Hex {
  return keccak256(stringToHex(`0g-devnet tee signer v1 ${slug}`))
}
