/**
 * Node-side chain setup for the Marketplace specs (not a spec): dev-account wallet clients, a
 * ledger + sub-account for the test wallet (the devnet test kit's user actor), and registering
 * extra services. Setup goes through the chain directly: these specs test other steps. API keys:
 * signApiKey in devnet/testkit/app-sk.ts.
 */
import {
  createWalletClient,
  http,
  parseEther,
  type Address,
  type ContractFunctionArgs,
  type PublicClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { devKey, DEV_WALLET_INDEXES, FIRST_PROVIDER_INDEX } from '../../devnet/src/accounts'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { successReceipt } from '../../devnet/src/tx-receipt'
import { devnetUser } from '../../devnet/testkit/user'
import { contractAddresses } from '../../src/contracts/addresses'
import { E2E_RPC_URL } from '../e2e-env'

export const addresses = contractAddresses[31337]

/** The inference contract with the devnet's full ABI (the app's leaves out provider functions). */
const inference = { address: addresses.inference, abi: inferenceServingAbi } as const

/** A wallet client for HD account `index` of the devnet mnemonic. */
export function walletFor(index: number) {
  const account = privateKeyToAccount(devKey(index))
  return createWalletClient({ account, chain: anvil, transport: http(E2E_RPC_URL) })
}

/** The wallet client of the injected test wallet's account (dev wallet #1). */
export const userWallet = () => walletFor(DEV_WALLET_INDEXES[0])

/** Wallet client of seeded provider `i` (catalog order). */
export const providerWallet = (i: number) => walletFor(FIRST_PROVIDER_INDEX + i)

/** Creates the user's ledger (10 0G) and funds a sub-account with `provider` (3 0G). */
export async function fundSubAccount(client: PublicClient, provider: Address): Promise<void> {
  const chain = { rpcUrl: E2E_RPC_URL, contracts: addresses }
  const user = devnetUser(chain, devKey(DEV_WALLET_INDEXES[0]), { publicClient: client })
  await user.createLedger('10')
  await user.transferFund(provider, '3')
}

/** What `addOrUpdateService` takes (the contract's ServiceParams), derived from the ABI. */
export type ServiceParams = ContractFunctionArgs<
  typeof inferenceServingAbi,
  'payable',
  'addOrUpdateService'
>[0]

/**
 * A service to register: a TeeML chatbot at an unreachable URL, free, with an empty JSON
 * `additionalInfo` and a placeholder TEE signer, except for the `overrides` a spec tests.
 */
export function serviceParams(overrides: Partial<ServiceParams> = {}): ServiceParams {
  return {
    serviceType: 'chatbot',
    url: 'http://127.0.0.1:1/',
    model: 'e2e-model',
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: 0n,
    additionalInfo: '{}',
    teeSignerAddress: '0x000000000000000000000000000000000000bEEF',
    ...overrides,
  }
}

/** Registers (or updates) a service from HD account `index`, staking 100 0G on first registration. */
export async function registerService(
  client: PublicClient,
  index: number,
  params: ServiceParams,
  stake = parseEther('100'),
): Promise<Address> {
  const w = walletFor(index)
  const hash = await w.writeContract({
    ...inference,
    functionName: 'addOrUpdateService',
    args: [params],
    value: stake,
  })
  await successReceipt(client, hash, 'addOrUpdateService')
  return w.account.address
}
