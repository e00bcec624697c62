/**
 * Connecting the injected EIP-6963 test wallet through RainbowKit, and following the wallet when
 * the user switches accounts. Not covered: WalletConnect (only offered with a project id).
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test, WALLET_NAME } from '../fixtures'

test('connects the injected wallet and shows its account', async ({ page, wallet }) => {
  await page.goto('/')
  await page.getByTestId('rk-connect-button').first().click()
  await expect(page.getByText(WALLET_NAME)).toBeVisible()
  await page.getByTestId('rk-wallet-option-dev.zerog.e2e-wallet').click()
  const account = page.getByTestId('rk-account-button')
  await expect(account).toBeVisible()
  const a = wallet.account.address
  await expect(account).toContainText(`${a.slice(0, 4)}`)
  expect(wallet.requests).toContain('eth_requestAccounts')
})

test('follows an account switch in the wallet', async ({ page, wallet }) => {
  await page.goto('/')
  await connectWallet(page)
  await wallet.switchAccount(1)
  const b = wallet.account.address
  await expect(page.getByTestId('rk-account-button')).toContainText(b.slice(-4))
})

test('a rejected connection leaves the app disconnected and can be retried', async ({
  page,
  wallet,
}) => {
  await page.goto('/')
  // wagmi's injected connector asks for permissions first; the user declines that prompt.
  wallet.rejectNext('wallet_requestPermissions')
  await page.getByTestId('rk-connect-button').first().click()
  await page.getByTestId('rk-wallet-option-dev.zerog.e2e-wallet').click()
  await expect.poll(() => wallet.requests.includes('wallet_requestPermissions')).toBe(true)
  await expect(page.getByTestId('rk-account-button')).toHaveCount(0)
  await expect(page.getByTestId(TestId.AppError)).toHaveCount(0)
  await page.keyboard.press('Escape')
  await connectWallet(page)
  await expect(page.getByTestId('rk-account-button')).toBeVisible()
})

test('a page asking for a wallet opens the connect modal', async ({ page }) => {
  await page.goto('/#/account')
  await page.getByTestId(TestId.WalletGate).getByRole('button', { name: 'Connect wallet' }).click()
  await page.getByTestId('rk-wallet-option-dev.zerog.e2e-wallet').click()
  await expect(page.getByTestId('rk-account-button')).toBeVisible()
})
