/**
 * Account: provider sub-accounts against the real contracts — transfer (first-transfer minimum,
 * balance limit), spendable now, retrieve with the lock period shown before signing, the refund
 * countdown, and collecting once the lock has passed (chain time advanced with evm_increaseTime).
 * Not covered: unsettled fees from a provider (account-spendable.spec.ts).
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import {
  createLedger,
  openAccountPage,
  readLedger,
  readSubAccount,
  transfer,
} from './account-helpers'

test.beforeEach(async ({ page }) => {
  await openAccountPage(page)
})

test('transfer: minimum for a new sub-account, then the exact amount arrives', async ({
  page,
  devnet,
}) => {
  await createLedger(devnet.client, '5')
  await page.reload()
  const provider = devnet.info.providers.find((p) => p.model === 'z-image')!
  const card = page.getByRole('region', { name: 'Transfer to a provider' })
  await expect(card.getByRole('button', { name: 'Transfer' })).toBeDisabled()
  await expect(card.getByText('Choose a provider first.')).toBeVisible()
  await card.getByLabel('Provider').selectOption(provider.address)
  const field = card.getByLabel('Transfer amount')
  await field.fill('0.5')
  await card.getByRole('button', { name: 'Transfer' }).click()
  await expect(card.getByRole('alert')).toHaveText(
    /first transfer to a provider needs at least 1 0G/i,
  )
  await field.fill('6')
  await card.getByRole('button', { name: 'Transfer' }).click()
  await expect(card.getByRole('alert')).toHaveText(
    /more than the available ledger balance \(5 0G\)/,
  )
  await field.fill('2')
  await card.getByRole('button', { name: 'Transfer' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)

  const account = await readSubAccount(devnet.client, provider.address)
  expect(account?.balance).toBe(parseEther('2'))
  expect(await readLedger(devnet.client)).toEqual({
    total: parseEther('5'),
    available: parseEther('3'),
  })
  const row = page.locator(`tr[data-provider="${provider.address}"]`)
  await expect(row).toContainText('z-image')
  // 2 0G − 1 0G reserve = 1 0G spendable = 333 images at 0.003 0G.
  await expect(row.getByRole('cell').nth(3)).toContainText('1 0G')
  await expect(row).toContainText('≈ 333 images')
  await expect(page.getByLabel('Locked in providers')).toHaveText('2 0G')
})

test('retrieve: lock shown before signing, countdown, collect after the lock', async ({
  page,
  devnet,
}) => {
  const provider = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await createLedger(devnet.client, '5')
  await transfer(devnet.client, provider.address, '2')
  await page.reload()
  const card = page.getByRole('region', { name: 'Provider sub-accounts' })
  await expect(card.getByRole('button', { name: 'Collect matured refunds' })).toBeDisabled()
  await card.getByRole('button', { name: 'Retrieve from GLM-5-FP8' }).click()
  const confirm = card.getByRole('group', { name: 'Confirm retrieve' })
  await expect(confirm).toContainText('2 0G starts a refund, locked for 1 h 00 min')
  await confirm.getByRole('button', { name: 'Sign retrieve' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect((await readSubAccount(devnet.client, provider.address))?.pendingRefund).toBe(
    parseEther('2'),
  )
  const row = card.locator(`tr[data-provider="${provider.address}"]`)
  await expect(row).toContainText(/2 0G unlocks in (59 min|1 h 00 min)/)
  await expect(card.getByRole('button', { name: 'Retrieve from GLM-5-FP8' })).toBeDisabled()

  await devnet.increaseTime(3601)
  await page.reload()
  await expect(row).toContainText('ready to collect')
  await card.getByRole('button', { name: 'Collect matured refunds' }).click()
  await expect(confirm).toContainText('2 0G of matured refunds goes back to your ledger now')
  await confirm.getByRole('button', { name: 'Sign retrieve' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect(await readLedger(devnet.client)).toEqual({
    total: parseEther('5'),
    available: parseEther('5'),
  })
  await expect(page.getByLabel('Available', { exact: true })).toHaveText('5 0G')
})

test('retrieve all covers every provider in one transaction', async ({ page, devnet }) => {
  const [a, b] = devnet.info.providers
  await createLedger(devnet.client, '6')
  await transfer(devnet.client, a!.address, '1')
  await transfer(devnet.client, b!.address, '1.5')
  await page.reload()
  const card = page.getByRole('region', { name: 'Provider sub-accounts' })
  await card.getByRole('button', { name: 'Retrieve all' }).click()
  const confirm = card.getByRole('group', { name: 'Confirm retrieve' })
  await expect(confirm).toContainText('2.5 0G starts a refund')
  await confirm.getByRole('button', { name: 'Sign retrieve' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect((await readSubAccount(devnet.client, a!.address))?.pendingRefund).toBe(parseEther('1'))
  expect((await readSubAccount(devnet.client, b!.address))?.pendingRefund).toBe(parseEther('1.5'))
  await expect(card.getByText('Nothing to retrieve.')).toBeVisible()
  await expect(card.getByRole('button', { name: 'Retrieve all' })).toBeDisabled()
})
