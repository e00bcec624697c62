/**
 * The main journeys on a phone (390×844), through the Menu: catalog → connect → create a ledger →
 * transfer to a provider → chat with a verified reply. No page visited scrolls sideways, and the
 * Account balances (an 18-decimal wallet balance beside the ledger total) do not overlap.
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { readLedger, readSubAccount } from './account-helpers'
import { PHONE, expectNoHorizontalScroll } from './layout-support'
import { providerOf } from './playground-support'

type Page = import('@playwright/test').Page

const SLUG = 'glm-5-fp8'

test.use({ viewport: PHONE })

/** Follows a main navigation link through the header's Menu, as a phone user must. */
async function navigate(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeHidden()
  await page.getByRole('button', { name: 'Menu' }).click()
  await nav.getByRole('link', { name }).click()
  await expect(nav).toBeHidden()
}

/** The box of `label`'s balance figure, checked to fit its own width (no text spilling out). */
async function balanceBox(page: Page, label: string) {
  const figure = page.getByLabel(label, { exact: true })
  await expect(figure).toHaveText(/ 0G$/)
  const fits = await figure.evaluate((el) => el.scrollWidth <= el.clientWidth)
  expect(fits, `${label} fits its box`).toBe(true)
  const box = await figure.boundingBox()
  if (!box) throw new Error(`${label} is not laid out`)
  return box
}

test('catalog, connect, create a ledger, transfer, and chat with a verdict at 390×844', async ({
  page,
  devnet,
}) => {
  const provider = providerOf(devnet.info, SLUG)

  await page.goto('/#/')
  await expect(page.getByTestId(TestId.ServiceRow).first()).toBeVisible()
  await expectNoHorizontalScroll(page, 'the marketplace')
  // The header is one row: Menu and the wallet button side by side, each a 40 px touch target.
  const centres: number[] = []
  for (const control of [
    page.getByRole('button', { name: 'Menu' }),
    page.getByTestId('rk-connect-button').first(),
  ]) {
    const box = await control.boundingBox()
    if (!box) throw new Error('a header control is not laid out')
    expect(box.height).toBeGreaterThanOrEqual(40)
    centres.push(box.y + box.height / 2)
  }
  expect(Math.abs(centres[0]! - centres[1]!), 'Menu and wallet button on one row').toBeLessThan(8)

  await navigate(page, 'Account')
  await expect(page).toHaveURL(/#\/account$/)
  await connectWallet(page)
  const create = page.getByRole('form', { name: 'Create ledger' })
  await expectNoHorizontalScroll(page, 'account without a ledger')
  await create.getByLabel('First deposit').fill('5')
  await create.getByRole('button', { name: 'Create ledger' }).click()
  await expect(page.getByLabel('Ledger total', { exact: true })).toHaveText('5 0G')
  expect(await readLedger(devnet.client)).toEqual({
    total: parseEther('5'),
    available: parseEther('5'),
  })

  // The wallet balance (gas paid: 18 decimals) and the ledger total stay apart.
  const walletBox = await balanceBox(page, 'Wallet')
  const totalBox = await balanceBox(page, 'Ledger total')
  const apart =
    walletBox.x + walletBox.width <= totalBox.x ||
    totalBox.x + totalBox.width <= walletBox.x ||
    walletBox.y + walletBox.height <= totalBox.y ||
    totalBox.y + totalBox.height <= walletBox.y
  expect(apart, 'wallet balance and ledger total do not overlap').toBe(true)

  const card = page.getByRole('region', { name: 'Transfer to a provider' })
  await card.getByLabel('Provider').selectOption(provider.address)
  await card.getByLabel('Transfer amount').fill('2')
  await card.getByRole('button', { name: 'Transfer' }).click()
  await expect(card.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect((await readSubAccount(devnet.client, provider.address))?.balance).toBe(parseEther('2'))
  // The sub-accounts table scrolls inside itself; the page does not.
  await expect(page.getByRole('table', { name: 'Sub-accounts' })).toContainText(/2 0G/)
  await expectNoHorizontalScroll(page, 'account with a ledger and a sub-account')

  await navigate(page, 'Playground')
  await expect(page).toHaveURL(/#\/playground/)
  await page.goto(`/#/playground?tab=chat&provider=${provider.address}`)
  await page.getByLabel('Message').fill('Hello from a phone')
  await page.getByRole('button', { name: 'Send' }).click()
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(reply.getByTestId(TestId.ResponseCost)).toContainText(/0\.\d+ 0G/)
  await expectNoHorizontalScroll(page, 'the playground chat with a reply')
})
