/**
 * The funding planner end to end: pick providers and usage, it proposes only the missing transfers
 * (deficit for an existing sub-account, at least 1 0G for a new one) and flags idle funds; each
 * proposed transaction is confirmed and lands on chain, after which the row reads "Covered".
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { createLedger, openAccountPage, readSubAccount, transfer } from './account-helpers'

test('proposes minimal transfers and idle funds, and executes them', async ({ page, devnet }) => {
  const image = devnet.info.providers.find((p) => p.model === 'z-image')!
  const edit = devnet.info.providers.find((p) => p.model === 'qwen-image-edit-2511')!
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await createLedger(devnet.client, '10')
  await transfer(devnet.client, image.address, '2')
  await transfer(devnet.client, glm.address, '1.5')
  await openAccountPage(page)

  const planner = page.getByRole('region', { name: 'Funding planner' })
  await planner.getByRole('checkbox', { name: /z-image/ }).check()
  await planner.getByLabel('images per day for z-image').fill('abc')
  await expect(planner.getByRole('alert')).toHaveText('Enter a whole number.')
  // 100 images/day × 7 days × 0.003 = 2.1 0G + 1 0G reserve = 3.1 0G; it has 2 → 1.1 0G.
  await planner.getByLabel('images per day for z-image').fill('100')
  // New sub-account: 10/day × 7 × 0.005 = 0.35 + 1 = 1.35 0G.
  await planner.getByRole('checkbox', { name: /qwen-image-edit-2511/ }).check()
  await planner.getByLabel('images per day for qwen-image-edit-2511').fill('10')
  const proposal = planner.getByRole('region', { name: 'Proposal' })
  await expect(proposal).toContainText('Total to transfer: 2.45 0G')
  await expect(proposal).toContainText('1.5 0G with GLM-5-FP8')

  await proposal.getByRole('button', { name: 'Transfer 1.1 0G to z-image' }).click()
  await expect(planner.getByTestId(TestId.TxStatus).first()).toHaveText(/confirmed/i)
  expect((await readSubAccount(devnet.client, image.address))?.balance).toBe(parseEther('3.1'))
  await expect(proposal.locator(`[data-provider="${image.address}"]`)).toContainText('Covered')

  await proposal.getByRole('button', { name: 'Transfer 1.35 0G to qwen-image-edit-2511' }).click()
  await expect(proposal.locator(`[data-provider="${edit.address}"]`)).toContainText('Covered')
  expect((await readSubAccount(devnet.client, edit.address))?.balance).toBe(parseEther('1.35'))
  await expect(proposal).toContainText('Total to transfer: 0 0G')

  await proposal.getByRole('button', { name: 'Retrieve from GLM-5-FP8' }).click()
  await expect
    .poll(async () => (await readSubAccount(devnet.client, glm.address))?.pendingRefund)
    .toBe(parseEther('1.5'))
})
