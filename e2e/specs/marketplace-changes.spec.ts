/**
 * "Read from chain at block N" with a refresh: a service changed or removed on chain since the last
 * visit is marked (and the removed one named), a later visit compares with the previous one, and
 * "Mark all as seen" clears the marks. What was seen is kept in IndexedDB, not in localStorage
 * (which the first paint's script loads whole).
 */
import { parseEther } from 'viem'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { chainCacheEntrySize } from './chain-cache'
import { addresses, providerWallet } from './service-chain'

type Page = import('@playwright/test').Page
const rows = (page: Page) =>
  page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)

test('marks services changed or removed on chain since the last visit', async ({
  page,
  devnet,
}) => {
  await page.goto('/')
  await expect(rows(page)).toHaveCount(9)
  await expect(page.getByTestId(TestId.CatalogChanges)).toHaveCount(0)

  // Provider 0 (GLM-5-FP8) raises its price; provider 1 (deepseek) removes its service.
  const glm = devnet.info.providers[0]!
  const p0 = providerWallet(0)
  const svc = await devnet.client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [glm.address],
  })
  const h0 = await p0.writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'addOrUpdateService',
    args: [{ ...svc, inputPrice: svc.inputPrice * 2n }],
    value: 0n,
  })
  await devnet.client.waitForTransactionReceipt({ hash: h0 })
  const h1 = await providerWallet(1).writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'removeService',
  })
  await devnet.client.waitForTransactionReceipt({ hash: h1 })

  await page.getByRole('button', { name: 'Refresh' }).click()
  const block = await devnet.client.getBlockNumber()
  await expect(page.getByTestId(TestId.ServicesBlock)).toContainText(`block ${block}`)
  await expect(rows(page)).toHaveCount(8)
  const notice = page.getByTestId(TestId.CatalogChanges)
  await expect(notice).toContainText('1 changed, 0 new, 1 removed')
  await expect(notice).toContainText('Removed: deepseek-chat-v3-0324')
  const glmRow = rows(page).filter({ has: page.locator(`[href$="${glm.address}"]`) })
  await expect(glmRow.getByRole('rowheader')).toContainText('Changed')
  await expect(glmRow.getByRole('cell').nth(3)).toHaveText('2 0G / 1M tokens')
  // This visit's snapshot is saved for the next one, in IndexedDB only.
  await expect.poll(() => chainCacheEntrySize(page, '0g-catalog-seen:v1:31337')).toBe(8)
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('catalog-seen'))),
  ).toEqual([])

  // A later visit compares with this visit's last snapshot: no marks; a new change is marked.
  await page.reload()
  await expect(rows(page)).toHaveCount(8)
  await expect(notice).toHaveCount(0)
  const h2 = await p0.writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'addOrUpdateService',
    args: [{ ...svc, outputPrice: parseEther('0.000001') }],
    value: 0n,
  })
  await devnet.client.waitForTransactionReceipt({ hash: h2 })
  await page.reload()
  await expect(notice).toContainText('1 changed, 0 new, 0 removed')
  await page.getByRole('button', { name: 'Mark all as seen' }).click()
  await expect(notice).toHaveCount(0)
})
