/**
 * The wrong-network guard: a wallet on an unsupported chain sees the guard; "Switch" fixes it, both
 * when the wallet already knows the devnet (wallet_switchEthereumChain) and when it must add it first
 * (4902 → wallet_addEthereumChain).
 */
import { connectWallet, expect, test } from '../fixtures'

test.describe('wallet knows the devnet', () => {
  test.use({ walletChainId: 1, walletKnownChains: [1, 31337] })
  test('switching fixes the wrong network', async ({ page, wallet }) => {
    await page.goto('/')
    await connectWallet(page)
    const guard = page.getByTestId('wrong-network-banner')
    await expect(guard).toBeVisible()
    await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
    await expect(guard).toHaveCount(0)
    expect(wallet.chainId).toBe(31337)
    expect(wallet.requests).toContain('wallet_switchEthereumChain')
  })
})

test.describe('wallet does not know the devnet', () => {
  test.use({ walletChainId: 1, walletKnownChains: [1] })
  test('the app adds the chain, then the guard disappears', async ({ page, wallet }) => {
    await page.goto('/')
    await connectWallet(page)
    const guard = page.getByTestId('wrong-network-banner')
    await expect(guard).toBeVisible()
    await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
    await expect(guard).toHaveCount(0)
    expect(wallet.chainId).toBe(31337)
    expect(wallet.requests).toContain('wallet_addEthereumChain')
  })
})

test.describe('user rejects the switch', () => {
  test.use({ walletChainId: 1, walletKnownChains: [1, 31337] })
  test('a rejected switch is neutral and the guard stays', async ({ page, wallet }) => {
    await page.goto('/')
    await connectWallet(page)
    wallet.rejectNext('wallet_switchEthereumChain')
    const guard = page.getByTestId('wrong-network-banner')
    await guard.getByRole('button', { name: /switch to .*devnet/i }).click()
    await expect(guard).toContainText(/cancel/i)
    await expect(guard).toBeVisible()
    expect(wallet.chainId).toBe(1)
  })
})
