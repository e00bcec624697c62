/**
 * Helpers for the account specs: set up state directly with the dev wallet's key (specs don't
 * click through steps they aren't testing), read ledger state to assert on, and the deposit steps
 * the transaction-fault specs share.
 */
import {
  createWalletClient,
  http,
  parseEther,
  type Address,
  type Hash,
  type PublicClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { devKey, DEV_WALLET_INDEXES } from '../../devnet/src/accounts'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { ledgerManagerAbi } from '../../devnet/src/abis/ledger-manager'
import { contractAddresses, INFERENCE_SERVICE_NAME } from '../../src/contracts/addresses'
import { E2E_RPC_URL } from '../e2e-env'
import { expect } from '../fixtures'
import type { TestWallet } from '../fixtures/wallet'

type Page = import('@playwright/test').Page

const { ledger, inference } = contractAddresses[31337]
/** The test wallet's account (dev wallet #1, the injected wallet's default). */
export const user = privateKeyToAccount(devKey(DEV_WALLET_INDEXES[0]))
const wallet = createWalletClient({ account: user, chain: anvil, transport: http(E2E_RPC_URL) })

async function mined(client: PublicClient, hash: Hash) {
  const r = await client.waitForTransactionReceipt({ hash, pollingInterval: 50 })
  if (r.status !== 'success') throw new Error(`setup transaction ${hash} reverted`)
}

/** Creates the user's ledger with `amount` 0G (decimal string). */
export async function createLedger(client: PublicClient, amount: string) {
  await mined(
    client,
    await wallet.writeContract({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'addLedger',
      args: [''],
      value: parseEther(amount),
    }),
  )
}

/** Deposits `amount` 0G into the user's ledger. */
export async function deposit(client: PublicClient, amount: string) {
  await mined(
    client,
    await wallet.writeContract({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'depositFund',
      value: parseEther(amount),
    }),
  )
}

/** Transfers `amount` 0G from the user's ledger to `provider`. */
export async function transfer(client: PublicClient, provider: Address, amount: string) {
  await mined(
    client,
    await wallet.writeContract({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'transferFund',
      args: [provider, INFERENCE_SERVICE_NAME, parseEther(amount)],
    }),
  )
}

/** The user's ledger, or null when it does not exist. */
export async function readLedger(client: PublicClient) {
  try {
    const l = await client.readContract({
      address: ledger,
      abi: ledgerManagerAbi,
      functionName: 'getLedger',
      args: [user.address],
    })
    return { total: l.totalBalance, available: l.availableBalance }
  } catch {
    return null
  }
}

/** The user's sub-account with `provider`, or null. */
export async function readSubAccount(client: PublicClient, provider: Address) {
  try {
    return await client.readContract({
      address: inference,
      abi: inferenceServingAbi,
      functionName: 'getAccount',
      args: [user.address, provider],
    })
  } catch {
    return null
  }
}

/** anvil: stop/start mining on each transaction (a sent transaction then stays pending). */
export async function setAutomine(client: PublicClient, on: boolean) {
  await client.request({ method: 'evm_setAutomine', params: [on] } as never)
}

/** anvil: mine one block now. */
export async function mine(client: PublicClient) {
  await client.request({ method: 'evm_mine', params: [] } as never)
}

/** Submits the Account page's Deposit form for `amount` 0G; returns the form. */
export async function submitDeposit(page: Page, amount = '1') {
  const form = page.getByRole('form', { name: 'Deposit' })
  await form.getByLabel('Deposit amount').fill(amount)
  await form.getByRole('button', { name: 'Deposit' }).click()
  return form
}

/** Pauses mining and deposits 1 0G through the UI; resolves once the app shows it pending. */
export async function depositLeftPending(page: Page, client: PublicClient) {
  await setAutomine(client, false)
  const form = await submitDeposit(page)
  await expect(form.getByTestId('tx-status')).toHaveAttribute('data-phase', 'pending')
  return form
}

/** Deposits 1 0G and leaves the wallet's confirm prompt open (resolves once it is asked). */
export async function depositWithPromptOpen(page: Page, wallet: TestWallet) {
  const prompt = wallet.holdNext('eth_sendTransaction')
  const form = await submitDeposit(page)
  await prompt.asked
  return { form, prompt }
}
