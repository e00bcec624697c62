/**
 * Chain faults: the RPC down or slow when the app loads (a clear message and a retry that works),
 * and down while a transaction is pending (picked up once it is back, sent once). A reverted,
 * a replaced transaction, a reload during a pending one and an RPC failure at write time are in
 * account-tx-flow.spec.ts.
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { E2E } from '../e2e-env'
import { connectWallet, expect, test } from '../fixtures'
import { createLedger, mine, readLedger, setAutomine } from './account-helpers'

const RPC = `http://127.0.0.1:${E2E.rpcPort}/**`

test('RPC down at load: the catalog says so, and retry works once it is back', async ({ page }) => {
  let down = true
  await page.route(RPC, (route) => (down ? route.abort() : route.fallback()))
  await page.goto('/')
  const alert = page.getByRole('alert').first()
  await expect(alert).toContainText('Could not reach the network', { timeout: 45_000 })
  await expect(alert).toContainText('did not answer')
  down = false
  await alert.getByRole('button', { name: /retry|try again/i }).click()
  await expect(page.getByText('GLM-5-FP8').first()).toBeVisible({ timeout: 30_000 })
})

test('RPC slow at load (2 s per call): the catalog arrives', async ({ page }) => {
  await page.route(RPC, async (route) => {
    // The delay is the fault under test: every RPC call answers after 2 s.
    await new Promise((r) => setTimeout(r, 2000))
    await route.fallback()
  })
  await page.goto('/')
  await expect(page.getByText('GLM-5-FP8').first()).toBeVisible({ timeout: 45_000 })
})

test.describe('mid-transaction', () => {
  test('RPC down while a deposit is pending: picked up when it is back, sent once', async ({
    page,
    devnet,
    wallet,
  }) => {
    await createLedger(devnet.client, '5')
    await page.goto('/#/account')
    await connectWallet(page)
    await expect(page.getByLabel('Ledger total')).toHaveText('5 0G')
    await setAutomine(devnet.client, false)
    const form = page.getByRole('form', { name: 'Deposit' })
    await form.getByLabel('Deposit amount').fill('1')
    await form.getByRole('button', { name: 'Deposit' }).click()
    await expect(form.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'pending')
    let down = true
    let failed = 0
    await page.route(RPC, (route) => {
      if (!down) return route.fallback()
      failed++
      return route.abort()
    })
    await mine(devnet.client) // mined while the page cannot see the chain
    // The page keeps asking and failing (its receipt watch and reads) before the RPC comes back.
    const before = failed
    await expect.poll(() => failed, { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 3)
    down = false
    await expect(page.getByLabel('Ledger total')).toHaveText('6 0G', { timeout: 30_000 })
    await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
    expect(wallet.calls.filter((c) => c.method === 'eth_sendTransaction')).toHaveLength(1)
    expect((await readLedger(devnet.client))?.total).toBe(parseEther('6'))
  })
})
