/**
 * A devnet user actor for devnet tests and e2e specs: a dev wallet driven with viem that creates
 * and funds its ledger, moves funds to providers, revokes tokens, reads its ledger and
 * sub-accounts, and signs `app-sk` tokens with our protocol code (./app-sk.ts). Setup goes
 * straight to the chain: the tests using it test other steps.
 */
import {
  createPublicClient,
  createWalletClient,
  http,
  parseEther,
  type Address,
  type Hex,
  type PublicClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { inferenceServingAbi } from '../src/abis/inference-serving'
import { ledgerManagerAbi } from '../src/abis/ledger-manager'
import { successReceipt } from '../src/tx-receipt'
import type { AppSkToken } from '../../src/lib/protocol/app-sk-token'
import type { DevnetInfo } from '../src/types'
import { signAppSkToken } from './app-sk'

/** What the actor needs to know of a devnet (a DevnetInfo fits). */
export type DevnetChain = Pick<DevnetInfo, 'rpcUrl'> & {
  contracts: Pick<DevnetInfo['contracts'], 'ledger' | 'inference'> &
    Partial<Pick<DevnetInfo['contracts'], 'fineTuning'>>
}

/** An amount in neuron, or a decimal 0G string ("1.5"). */
export type Amount = bigint | string

const neuron = (amount: Amount): bigint =>
  typeof amount === 'bigint' ? amount : parseEther(amount)

export interface DevnetUserOptions {
  /** Reads and receipt waits go through this client (e.g. an e2e fixture's, without caching). */
  publicClient?: PublicClient
}

/** The user's sub-account with one provider, as `getAccount` returns it. */
export type SubAccount = Awaited<ReturnType<DevnetUser['subAccount']>>

export function devnetUser(devnet: DevnetChain, privateKey: Hex, opts: DevnetUserOptions = {}) {
  const account = privateKeyToAccount(privateKey)
  const publicClient: PublicClient =
    opts.publicClient ??
    createPublicClient({ chain: anvil, transport: http(devnet.rpcUrl), pollingInterval: 50 })
  const wallet = createWalletClient({ account, chain: anvil, transport: http(devnet.rpcUrl) })
  const { ledger, inference } = devnet.contracts

  /** Simulates (so a revert throws with its decoded reason), sends, and waits for success. */
  const write = async (params: Record<string, unknown>): Promise<void> => {
    const { request } = await publicClient.simulateContract({ ...params, account } as never)
    const hash = await wallet.writeContract(request as never)
    await successReceipt(publicClient, hash, 'transaction', 50)
  }

  /** The inference service name, read from the ledger as the app and the SDK do (once). */
  let serviceName: Promise<string> | undefined
  const inferenceServiceName = () =>
    (serviceName ??= publicClient
      .readContract({
        address: ledger,
        abi: ledgerManagerAbi,
        functionName: 'getServiceInfo',
        args: [inference],
      })
      .then((info) => info.fullName))

  const subAccount = (provider: Address) =>
    publicClient.readContract({
      address: inference,
      abi: inferenceServingAbi,
      functionName: 'getAccount',
      args: [account.address, provider],
    })

  /** The ledger's name for the fine-tuning contract (`getServiceInfo(fineTuning).fullName`). */
  const fineTuningServiceName = async () => {
    const fineTuning = devnet.contracts.fineTuning
    if (!fineTuning) throw new Error('this devnet description has no fine-tuning contract')
    const info = await publicClient.readContract({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'getServiceInfo',
      args: [fineTuning],
    })
    return info.fullName
  }

  /** Moves `amount` from the ledger to `provider`'s sub-account under the `service` name. */
  const transferTo = (provider: Address, service: string, amount: Amount) =>
    write({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'transferFund',
      args: [provider, service, neuron(amount)],
    })

  const user = {
    address: account.address,
    account,
    publicClient,
    /** Creates the ledger holding `amount` (at least 3 0G). */
    createLedger: (amount: Amount) =>
      write({
        address: ledger,
        abi: ledgerManagerAbi,
        functionName: 'addLedger',
        args: [''],
        value: neuron(amount),
      }),
    /** Deposits `amount` into the existing ledger. */
    deposit: (amount: Amount) =>
      write({
        address: ledger,
        abi: ledgerManagerAbi,
        functionName: 'depositFund',
        value: neuron(amount),
      }),
    /** Creates the ledger with `amount`, or deposits it when the ledger exists (a chain shared by tests). */
    fundLedger: async (amount: Amount): Promise<void> =>
      (await user.readLedger()) ? user.deposit(amount) : user.createLedger(amount),
    /** Moves `amount` from the ledger to the sub-account with `provider` (inference service). */
    transferFund: async (provider: Address, amount: Amount) =>
      transferTo(provider, await inferenceServiceName(), amount),
    /** Moves `amount` from the ledger to the fine-tuning sub-account with `provider`. */
    transferFundFineTuning: async (provider: Address, amount: Amount) =>
      transferTo(provider, await fineTuningServiceName(), amount),
    /** Starts refunds of everything in the sub-accounts with `providers` back to the ledger. */
    retrieveFund: async (providers: Address[]) =>
      write({
        address: ledger,
        abi: ledgerManagerAbi,
        functionName: 'retrieveFund',
        args: [providers, await inferenceServiceName()],
      }),
    /** Acknowledges (or, with false, un-acknowledges) the TEE signer of `provider` for this user. */
    acknowledgeTEESigner: (provider: Address, acknowledged = true) =>
      write({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'acknowledgeTEESigner',
        args: [provider, acknowledged],
      }),
    /**
     * Leaves the sub-account with `provider` existing but not acknowledged, the state the broker
     * refuses with "user not acknowledge the provider": the contract un-acknowledges only an empty
     * sub-account and every transfer acknowledges again, so this retrieves everything, advances
     * chain time past the refund lock (evm_increaseTime; an e2e test's snapshot undoes it),
     * collects, then calls acknowledgeTEESigner(provider, false). Balance 0 afterwards.
     */
    unacknowledge: async (provider: Address) => {
      const retrieve = () => user.retrieveFund([provider])
      await retrieve()
      const lockTime = await publicClient.readContract({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'lockTime',
      })
      await publicClient.request({
        method: 'evm_increaseTime',
        params: [Number(lockTime) + 1],
      } as never)
      await publicClient.request({ method: 'evm_mine' } as never)
      await retrieve()
      await user.acknowledgeTEESigner(provider, false)
    },
    revokeToken: (provider: Address, tokenId: number) =>
      write({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'revokeToken',
        args: [provider, tokenId],
      }),
    /** Revokes every token for `provider` (generation + 1). */
    revokeAllTokens: (provider: Address) =>
      write({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'revokeAllTokens',
        args: [provider],
      }),
    /** The ledger's total and available balance, or null when there is none. */
    readLedger: async (): Promise<{ total: bigint; available: bigint } | null> => {
      try {
        const l = await publicClient.readContract({
          address: ledger,
          abi: ledgerManagerAbi,
          functionName: 'getLedger',
          args: [account.address],
        })
        return { total: l.totalBalance, available: l.availableBalance }
      } catch {
        return null
      }
    },
    /** The sub-account with `provider`; throws when there is none (see readSubAccount). */
    subAccount,
    /** The sub-account with `provider`, or null when there is none. */
    readSubAccount: (provider: Address) => subAccount(provider).catch(() => null),
    /**
     * An `app-sk-…` token for `provider` signed by this user: a session token (id 255, 24 h) at the
     * sub-account's current generation unless `token` says otherwise.
     */
    appSk: async (provider: Address, token: Partial<AppSkToken> = {}): Promise<string> => {
      const generation = token.generation ?? Number((await subAccount(provider)).generation)
      return signAppSkToken(account, { provider, generation, ...token })
    },
    /** `Authorization` header value for `provider` (see appSk). */
    bearer: async (provider: Address, token: Partial<AppSkToken> = {}): Promise<string> =>
      `Bearer ${await user.appSk(provider, token)}`,
  }
  return user
}

export type DevnetUser = ReturnType<typeof devnetUser>
