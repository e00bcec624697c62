/**
 * Storage full or unavailable (private mode): every localStorage write throws QuotaExceededError
 * and IndexedDB cannot be opened. The catalog and a verified chat still work, and a notice says
 * what this tab cannot keep.
 */
import type { Address } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

const SLUG = 'glm-5-fp8'

test('with storage full and IndexedDB unavailable the app works and says what it cannot keep', async ({
  page,
  devnet,
  wallet,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is unavailable in this mode', 'InvalidStateError')
    }
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const provider = providerOf(devnet.info, SLUG).address as Address
  await fundUser(devnet.info, wallet.account.address, [SLUG])

  await page.goto('/')
  await expect(
    page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow),
  ).not.toHaveCount(0)
  const notice = page.getByRole('status', { name: 'Storage' })
  await expect(notice).toContainText('Browser storage is unavailable or full')
  await expect(notice).toContainText('usage records')

  await page.goto(`/#/playground?tab=chat&provider=${provider}`)
  await connectWallet(page)
  await page.getByLabel('Message').fill('Private mode hello')
  await page.getByRole('button', { name: 'Send' }).click()
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(reply.getByTestId(TestId.ResponseCost)).toContainText('0G')
  await expect(notice).toContainText('conversations, receipts and the image gallery')
  await expect(page.getByTestId(TestId.PlaygroundError)).toHaveCount(0)

  await page.goto('/#/settings')
  await expect(page.getByRole('region', { name: 'Local data' })).toContainText('unavailable')
  expect(errors).toEqual([])
})
