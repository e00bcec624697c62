/**
 * Helpers for the account specs: set up state directly with the dev wallet's key (specs don't
 * click through steps they aren't testing), read ledger state to assert on, and the deposit steps
 * the transaction-fault specs share. Chain setup and reads are the devnet test kit's user actor
 * (devnet/testkit/user.ts), reading through the spec's client.
 */
import type { Address, PublicClient } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { devKey, DEV_WALLET_INDEXES } from '../../devnet/src/accounts'
import { devnetUser } from '../../devnet/testkit/user'
import { contractAddresses } from '../../src/contracts/addresses'
import { TestId } from '../../src/lib/test-ids'
import { E2E_RPC_URL } from '../e2e-env'
import { connectWallet, expect } from '../fixtures'
import type { TestWallet } from '../fixtures/wallet'

type Page = import('@playwright/test').Page

const USER_KEY = devKey(DEV_WALLET_INDEXES[0])
const chain = { rpcUrl: E2E_RPC_URL, contracts: contractAddresses[31337] }
/** The test wallet's account (dev wallet #1) as a devnet user reading through `client`. */
const userOn = (client: PublicClient) => devnetUser(chain, USER_KEY, { publicClient: client })

/** The test wallet's account (dev wallet #1, the injected wallet's default). */
export const user = privateKeyToAccount(USER_KEY)

/** Creates the user's ledger with `amount` 0G (decimal string). */
export const createLedger = (client: PublicClient, amount: string) =>
  userOn(client).createLedger(amount)

/** Deposits `amount` 0G into the user's ledger. */
export const deposit = (client: PublicClient, amount: string) => userOn(client).deposit(amount)

/** Transfers `amount` 0G from the user's ledger to `provider`. */
export const transfer = (client: PublicClient, provider: Address, amount: string) =>
  userOn(client).transferFund(provider, amount)

/** Transfers `amount` 0G from the user's ledger to a fine-tuning provider's sub-account. */
export const transferFineTuning = (client: PublicClient, provider: Address, amount: string) =>
  userOn(client).transferFundFineTuning(provider, amount)

/** Starts refunds of everything with `providers` back to the user's ledger. */
export const retrieve = (client: PublicClient, providers: Address[]) =>
  userOn(client).retrieveFund(providers)

/** The user's ledger, or null when it does not exist. */
export const readLedger = (client: PublicClient) => userOn(client).readLedger()

/** The user's sub-account with `provider`, or null. */
export const readSubAccount = (client: PublicClient, provider: Address) =>
  userOn(client).readSubAccount(provider)

/** anvil: stop/start mining on each transaction (a sent transaction then stays pending). */
export async function setAutomine(client: PublicClient, on: boolean) {
  await client.request({ method: 'evm_setAutomine', params: [on] } as never)
}

/** anvil: mine one block now. */
export async function mine(client: PublicClient) {
  await client.request({ method: 'evm_mine', params: [] } as never)
}

/**
 * Opens the Account page, which asks for a wallet, and connects the test wallet; with `ledger`, the
 * test wallet's ledger of `ledger.amount` 0G is created first.
 */
export async function openAccountPage(
  page: Page,
  ledger?: { client: PublicClient; amount: string },
) {
  if (ledger) await createLedger(ledger.client, ledger.amount)
  await page.goto('/#/account')
  await expect(page.getByTestId(TestId.WalletGate)).toBeVisible()
  await connectWallet(page)
}

/** Types `amount` 0G into the Account page's Deposit form (not sent); returns the form. */
export async function typeDeposit(page: Page, amount = '1') {
  const form = page.getByRole('form', { name: 'Deposit' })
  await form.getByLabel('Deposit amount').fill(amount)
  return form
}

/** Submits the Account page's Deposit form for `amount` 0G; returns the form. */
export async function submitDeposit(page: Page, amount = '1') {
  const form = await typeDeposit(page, amount)
  await form.getByRole('button', { name: 'Deposit' }).click()
  return form
}

/** Deposits `amount` 0G through the Deposit form and waits until the app shows it confirmed. */
export async function depositConfirmed(page: Page, amount = '1') {
  const form = await submitDeposit(page, amount)
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  return form
}

/** Pauses mining and deposits 1 0G through the UI; resolves once the app shows it pending. */
export async function depositLeftPending(page: Page, client: PublicClient) {
  await setAutomine(client, false)
  const form = await submitDeposit(page)
  await expect(form.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'pending')
  return form
}

/** Deposits 1 0G and leaves the wallet's confirm prompt open (resolves once it is asked). */
export async function depositWithPromptOpen(page: Page, wallet: TestWallet) {
  const prompt = wallet.holdNext('eth_sendTransaction')
  const form = await submitDeposit(page)
  await prompt.asked
  return { form, prompt }
}
