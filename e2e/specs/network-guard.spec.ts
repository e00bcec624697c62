/**
 * The wrong-network guard: when the wallet moves to a chain this build does not support, the guard
 * appears; "Switch" fixes it, both when the wallet knows the devnet (wallet_switchEthereumChain) and
 * when it must add it first (4902 → wallet_addEthereumChain). A rejected switch is neutral.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'

test('switching back fixes the wrong network', async ({ page, wallet }) => {
  await page.goto('/')
  await connectWallet(page)
  const guard = page.getByTestId(TestId.WrongNetworkBanner)
  await expect(guard).toHaveCount(0)
  await wallet.setChain(1)
  await expect(guard).toBeVisible()
  await expect(guard).toContainText('chain 1')
  await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
  await expect(guard).toHaveCount(0)
  expect(wallet.chainId).toBe(31337)
  expect(wallet.requests).toContain('wallet_switchEthereumChain')
})

test('a wallet that does not know the devnet gets it added, then switched', async ({
  page,
  wallet,
}) => {
  await page.goto('/')
  await connectWallet(page)
  wallet.knownChains.delete(31337)
  await wallet.setChain(1)
  const guard = page.getByTestId(TestId.WrongNetworkBanner)
  await expect(guard).toBeVisible()
  await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
  await expect(guard).toHaveCount(0)
  expect(wallet.chainId).toBe(31337)
  expect(wallet.requests).toContain('wallet_addEthereumChain')
})

test('a rejected switch is neutral and the guard stays', async ({ page, wallet }) => {
  await page.goto('/')
  await connectWallet(page)
  await wallet.setChain(1)
  wallet.rejectNext('wallet_switchEthereumChain')
  const guard = page.getByTestId(TestId.WrongNetworkBanner)
  await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
  await expect(guard).toContainText(/cancel/i)
  await expect(guard).toBeVisible()
  expect(wallet.chainId).toBe(1)
})
