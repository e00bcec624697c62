/**
 * Wallet faults in the middle of a flow: the user switches account or network between opening a
 * form and confirming, while the wallet's confirm prompt is open, or while a transaction awaits
 * confirmation on chain; the wallet locks; the user
 * rejects the session-token signature. The UI follows and never sends for the wrong account or
 * chain (asserted on the wallet's request log and on chain). Other rejections: connect
 * (connect-wallet.spec.ts), switch chain (network-guard.spec.ts), API-key signature
 * (service-api-keys.spec.ts), sendTransaction (account-ledger.spec.ts).
 */
import { parseEther } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { devKey, DEV_WALLET_INDEXES } from '../../devnet/src/accounts'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import {
  createLedger,
  depositConfirmed,
  depositLeftPending,
  depositWithPromptOpen,
  mine,
  readLedger,
  typeDeposit,
} from './account-helpers'
import { fundUser, providerOf } from './playground-support'

const second = privateKeyToAccount(devKey(DEV_WALLET_INDEXES[1]))

test.describe('account page', () => {
  test.beforeEach(async ({ page, devnet }) => {
    await createLedger(devnet.client, '5')
    await devnet.devUser(1).createLedger('7')
    await page.goto('/#/account')
    await connectWallet(page)
    await expect(page.getByLabel('Ledger total')).toHaveText('5 0G')
  })

  test('an account switch before confirming: the page follows, the deposit goes from the new account', async ({
    page,
    devnet,
    wallet,
  }) => {
    await typeDeposit(page)
    await wallet.switchAccount(1)
    await expect(page.getByLabel('Ledger total')).toHaveText('7 0G')
    await depositConfirmed(page)
    const sends = wallet.calls.filter((c) => c.method === 'eth_sendTransaction')
    expect(sends).toHaveLength(1)
    expect(sends[0]!.account).toBe(second.address)
    const from = (sends[0]!.params[0] as { from?: string }).from
    if (from) expect(from.toLowerCase()).toBe(second.address.toLowerCase())
    expect((await devnet.devUser(1).readLedger())?.total).toBe(parseEther('8'))
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('5'))
  })

  test('a network switch before confirming: guarded, nothing is sent on the wrong chain', async ({
    page,
    devnet,
    wallet,
  }) => {
    const form = await typeDeposit(page)
    await wallet.setChain(1)
    const guard = page.getByTestId(TestId.WrongNetworkBanner)
    await expect(guard).toBeVisible()
    // The action is disabled on the wrong network: nothing can be sent from here.
    await expect(form.getByRole('button', { name: 'Deposit' })).toBeDisabled()
    await expect(form).toContainText('Switch your wallet to a supported network to continue.')
    expect(wallet.calls.filter((c) => c.method === 'eth_sendTransaction')).toHaveLength(0)
    await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
    await expect(guard).toHaveCount(0)
    await depositConfirmed(page)
    const sends = wallet.calls.filter((c) => c.method === 'eth_sendTransaction')
    expect(sends.map((c) => c.chainId)).toEqual([31337])
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
  })

  test('a network switch while a transaction awaits confirmation: picked up once back, sent once', async ({
    page,
    devnet,
    wallet,
  }) => {
    await depositLeftPending(page, devnet.client)
    await wallet.setChain(1)
    await expect(page.getByTestId(TestId.WrongNetworkBanner)).toBeVisible()
    await mine(devnet.client)
    await page
      .getByTestId(TestId.WrongNetworkBanner)
      .getByRole('button', { name: /switch to .*devnet/i })
      .click()
    await expect(page.getByLabel('Ledger total')).toHaveText('6 0G')
    expect(wallet.calls.filter((c) => c.method === 'eth_sendTransaction')).toHaveLength(1)
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
  })

  test('an account switch while a transaction awaits confirmation: the page follows, sent once', async ({
    page,
    devnet,
    wallet,
  }) => {
    await depositLeftPending(page, devnet.client)
    await wallet.switchAccount(1)
    await expect(page.getByLabel('Ledger total')).toHaveText('7 0G')
    await mine(devnet.client)
    await expect(page.getByLabel('Ledger total')).toHaveText('7 0G')
    await wallet.switchAccount(0)
    await expect(page.getByLabel('Ledger total')).toHaveText('6 0G')
    const sends = wallet.calls.filter((c) => c.method === 'eth_sendTransaction')
    expect(sends.map((c) => c.account)).toEqual([wallet.account.address])
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
    expect((await devnet.devUser(1).readLedger())?.total).toBe(parseEther('7'))
  })

  test('an account switch while the confirm prompt is open: sent from the account that asked, once', async ({
    page,
    devnet,
    wallet,
  }) => {
    const { prompt } = await depositWithPromptOpen(page, wallet)
    await wallet.switchAccount(1)
    await expect(page.getByLabel('Ledger total')).toHaveText('7 0G')
    // The user confirms the prompt that was opened for the first account.
    prompt.confirm()
    await expect.poll(() => readLedger(devnet.client).then((l) => l?.total)).toBe(parseEther('6'))
    await expect(page.getByLabel('Ledger total')).toHaveText('7 0G')
    await wallet.switchAccount(0)
    await expect(page.getByLabel('Ledger total')).toHaveText('6 0G')
    expect(wallet.calls.filter((c) => c.method === 'eth_sendTransaction')).toHaveLength(1)
    expect((await devnet.devUser(1).readLedger())?.total).toBe(parseEther('7'))
  })

  test('a network switch while the confirm prompt is open: the wallet refuses, nothing is sent, it works once back', async ({
    page,
    devnet,
    wallet,
  }) => {
    const { form, prompt } = await depositWithPromptOpen(page, wallet)
    await wallet.setChain(1)
    await expect(page.getByTestId(TestId.WrongNetworkBanner)).toBeVisible()
    prompt.confirm() // the test wallet only sends on the devnet: it answers 4901
    const status = form.getByTestId(TestId.TxStatus)
    await expect(status).toHaveAttribute('data-phase', 'failed')
    await expect(status).toContainText('Wrong network')
    await expect(status).toContainText('nothing was sent')
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('5'))
    await page
      .getByTestId(TestId.WrongNetworkBanner)
      .getByRole('button', { name: /switch to .*devnet/i })
      .click()
    await depositConfirmed(page)
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
  })

  test('a locked wallet shows the disconnected state', async ({ page, wallet }) => {
    await wallet.lock()
    await expect(page.getByTestId('rk-connect-button').first()).toBeVisible()
    await expect(page.getByLabel('Ledger total')).toHaveCount(0)
    await expect(page.getByTestId(TestId.WalletGate)).toBeVisible()
  })
})

test('a rejected session-token signature is neutral; sending again works', async ({
  page,
  devnet,
  wallet,
}) => {
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'])
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(devnet.info, 'glm-5-fp8').address}`)
  await connectWallet(page)
  wallet.rejectNext('personal_sign')
  await page.getByLabel('Message').fill('Sign me later')
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toContainText(/cancel|reject/i)
  await expect(page.getByLabel('Message')).toHaveValue('Sign me later')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toHaveLength(2)
})
