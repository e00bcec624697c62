/**
 * The transaction flow's hard cases, on the Account page against the devnet: a reload (or closing
 * the tab) while a transaction is pending picks it up again and never sends twice; a transaction
 * replaced in the wallet is detected by its nonce; a transaction that reverts on chain shows the
 * decoded reason; an RPC failure offers a retry. Mining is paused with anvil's evm_setAutomine so
 * transactions stay pending.
 */
import { createWalletClient, http, parseEther } from 'viem'
import { anvil } from 'viem/chains'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { E2E } from '../e2e-env'
import {
  depositLeftPending,
  mine,
  openAccountPage,
  readLedger,
  setAutomine,
  user,
} from './account-helpers'

test.beforeEach(async ({ page, devnet }) => {
  await openAccountPage(page, { client: devnet.client, amount: '5' })
})

test('a reload while a transaction is pending picks it up again', async ({
  page,
  devnet,
  wallet,
}) => {
  const form = await depositLeftPending(page, devnet.client)
  await expect(form.getByTestId(TestId.TxStatus)).toContainText(/pending/i)

  await page.reload()
  const pending = page.getByRole('status', { name: 'Pending transactions' })
  await expect(pending).toContainText('Pending: Deposit 1 0G')
  await mine(devnet.client)
  await expect(pending).toHaveCount(0)
  await expect(page.getByText('Confirmed: Deposit 1 0G')).toBeVisible()
  await expect(page.getByLabel('Ledger total')).toHaveText('6 0G')
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
  expect(wallet.requests.filter((m) => m === 'eth_sendTransaction')).toHaveLength(1)
})

test('closing the tab while a transaction is pending: reopened, it is picked up, sent once', async ({
  page,
  devnet,
  wallet,
}) => {
  await depositLeftPending(page, devnet.client)
  // The app's page is gone (as with a closed tab); its storage stays with the browser profile.
  await page.goto('about:blank')
  await mine(devnet.client)
  await page.goto('/#/account')
  await expect(page.getByText('Confirmed: Deposit 1 0G')).toBeVisible()
  await expect(page.getByLabel('Ledger total')).toHaveText('6 0G')
  expect(wallet.requests.filter((m) => m === 'eth_sendTransaction')).toHaveLength(1)
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
})

test('a transaction replaced in the wallet is detected by nonce', async ({ page, devnet }) => {
  const form = await depositLeftPending(page, devnet.client)
  // The user "cancels" in the wallet: a 0-value self-send with the same nonce and a higher fee.
  const nonce = await devnet.client.getTransactionCount({ address: user.address })
  const wallet = createWalletClient({
    account: user,
    chain: anvil,
    transport: http(`http://127.0.0.1:${E2E.rpcPort}`),
  })
  await wallet.sendTransaction({
    to: user.address,
    value: 0n,
    nonce,
    maxFeePerGas: parseEther('0.0001'),
    maxPriorityFeePerGas: parseEther('0.0001'),
  })
  await mine(devnet.client)
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/replaced: cancelled in your wallet/i)
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('5'))
})

test('a transaction that reverts on chain shows the decoded reason', async ({ page, devnet }) => {
  const provider = devnet.info.providers[0]!
  await setAutomine(devnet.client, false)
  // Two transactions in one block: the refund leaves 3 0G available, so the 4 0G transfer
  // (valid when it was signed) reverts with InsufficientAvailableBalance.
  const refund = page.getByRole('form', { name: 'Refund to wallet' })
  await refund.getByLabel('Refund amount').fill('2')
  await refund.getByRole('button', { name: 'Refund to wallet' }).click()
  await expect(refund.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'pending')
  const card = page.getByRole('region', { name: 'Transfer to a provider' })
  await card.getByLabel('Provider').selectOption(provider.address)
  await card.getByLabel('Transfer amount').fill('4')
  await card.getByRole('button', { name: 'Transfer' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'pending')
  await mine(devnet.client)
  await expect(refund.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  await expect(card.getByTestId(TestId.TxStatus)).toContainText(
    'Reverted: Not enough available ledger balance: 3 0G available, 4 0G needed.',
  )
  await expect(card.getByTestId(TestId.TxStatus)).toHaveAttribute('role', 'alert')
  expect(await readLedger(devnet.client)).toEqual({
    total: parseEther('3'),
    available: parseEther('3'),
  })
})

test('an RPC failure offers a retry that then succeeds', async ({ page, devnet }) => {
  const form = page.getByRole('form', { name: 'Deposit' })
  // Only the write's simulation fails: the ledger must have loaded before the RPC goes down.
  await expect(form.getByLabel('Deposit amount')).toBeVisible()
  let down = true
  await page.route(`http://127.0.0.1:${E2E.rpcPort}/**`, async (route) => {
    if (down && route.request().postData()?.includes('"eth_call"')) return route.abort()
    return route.fallback()
  })
  await form.getByLabel('Deposit amount').fill('1.25')
  await form.getByRole('button', { name: 'Deposit' }).click()
  const status = form.getByTestId(TestId.TxStatus)
  await expect(status).toContainText(/could not reach the network/i, { timeout: 30_000 })
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('5'))
  down = false
  await status.getByRole('button', { name: 'Try again' }).click()
  await expect(status).toHaveText(/confirmed/i)
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('6.25'))
})
