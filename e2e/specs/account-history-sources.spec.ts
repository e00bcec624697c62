/**
 * Complete history (#15): ledger calls made with another client (here the devnet test kit, as the
 * 0G CLI would) appear although the ledger contract emits no event for them, found by the node's
 * transaction search (anvil's `ots_searchTransactionsBefore`) and marked so; refund and retrieve
 * rows carry their amounts; the CSV includes all of it.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '../fixtures'
import { createLedger, deposit, openAccountPage, retrieve, transfer } from './account-helpers'

test('ledger calls made by another client are listed with their source and amounts, also in CSV', async ({
  page,
  devnet,
}) => {
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await createLedger(devnet.client, '3')
  await deposit(devnet.client, '2.5')
  await transfer(devnet.client, glm.address, '2')
  await retrieve(devnet.client, [glm.address])
  await openAccountPage(page)

  const history = page.getByRole('region', { name: 'History' })
  await expect(history.getByTestId('history-sources')).toContainText(
    "come from the node's transaction search",
  )
  const rows = history.getByRole('table', { name: 'History' }).locator('tbody tr')
  const created = rows.filter({ hasText: 'Ledger created' })
  await expect(created).toHaveCount(1)
  await expect(created).toContainText('3 0G')
  await expect(created).toContainText('found by node search')
  await expect(rows.filter({ hasText: 'Deposit 2.5 0G' })).toContainText('found by node search')
  // The refund the retrieve started, with its amount read from the refund record at that block.
  await expect(rows.filter({ hasText: 'Refund #0 of 2 0G started' })).toHaveCount(1)
  const retrieved = rows.filter({ hasText: 'Retrieve from 1 provider' })
  await expect(retrieved).toContainText('2 0G')
  await expect(retrieved).toContainText('GLM-5-FP8')

  const download = page.waitForEvent('download')
  await history.getByRole('button', { name: 'Export CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv).toMatch(
    /,create-ledger,,3,confirmed,node,0x[0-9a-f]{64},\d+,Ledger created with 3 0G\n/,
  )
  expect(csv).toMatch(/,deposit,,2\.5,confirmed,node,/)
  expect(csv).toContain(`,retrieve,${glm.address},2,confirmed,node,`)
  expect(csv).toContain(`,refund-requested,${glm.address},2,,chain,`)
})
