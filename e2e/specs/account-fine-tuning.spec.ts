/**
 * Fine-tuning funds count (#14.4): ledger funds moved to a fine-tuning sub-account (the devnet
 * seeds one fine-tuning service) are listed on Account, the breakdown (available, inference,
 * fine-tuning, pending refunds) adds up to the on-chain total to the neuron, and they can be
 * retrieved here (a refund starts; the figures move from fine-tuning to pending refunds).
 */
import { formatEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import {
  createLedger,
  openAccountPage,
  readLedger,
  retrieve,
  transfer,
  transferFineTuning,
} from './account-helpers'

test('fine-tuning sub-accounts are listed, counted in a breakdown that adds up, and retrievable', async ({
  page,
  devnet,
}) => {
  const ft = devnet.info.fineTuningProviders[0]!
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await createLedger(devnet.client, '10')
  await transfer(devnet.client, glm.address, '2')
  await transferFineTuning(devnet.client, ft.address, '3')
  await retrieve(devnet.client, [glm.address]) // 2 0G pending refund from the inference side
  await openAccountPage(page)

  const card = page.getByRole('region', { name: 'Fine-tuning sub-accounts' })
  await expect(card.getByRole('row', { name: new RegExp(ft.address, 'i') })).toContainText('3 0G')
  const part = (label: string) => page.getByLabel(label, { exact: true })
  await expect(part('Available in the ledger')).toHaveText('5 0G')
  await expect(part('In inference sub-accounts')).toHaveText('0 0G')
  await expect(part('In fine-tuning sub-accounts')).toHaveText('3 0G')
  await expect(part('Pending refunds')).toHaveText('2 0G')
  await expect(page.getByTestId('breakdown-check')).toHaveText(
    'These add up to the ledger total exactly.',
  )
  const onChain = (await readLedger(devnet.client))!
  expect(formatEther(onChain.total)).toBe('10')
  await expect(page.getByLabel('Ledger total')).toHaveText('10 0G')

  await card.getByRole('button', { name: 'Retrieve all fine-tuning funds' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  await expect(part('In fine-tuning sub-accounts')).toHaveText('0 0G')
  await expect(part('Pending refunds')).toHaveText('5 0G')
  await expect(card.getByRole('row', { name: new RegExp(ft.address, 'i') })).toContainText('3 0G')
  await expect(page.getByTestId('breakdown-check')).toHaveText(
    'These add up to the ledger total exactly.',
  )
})
