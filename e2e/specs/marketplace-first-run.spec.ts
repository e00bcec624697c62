/**
 * First-run guidance (#14): the marketplace's three-step guide (connect → fund → try) ticks each
 * step from real state (the wallet, the ledger and sub-accounts on chain, the Playground's usage
 * records), disappears once all are done, and stays away once dismissed.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

type Page = import('@playwright/test').Page

const guide = (page: Page) => page.getByRole('region', { name: 'Get started' })
const step = (page: Page, n: number) =>
  guide(page).getByRole('listitem', { name: new RegExp(`^Step ${n}:`) })

test('connect → fund → try, each ticked from real state; gone once all are done', async ({
  page,
  devnet,
  wallet,
}) => {
  await page.goto('/')
  await expect(guide(page)).toBeVisible()
  await expect(guide(page).getByRole('link', { name: '0G Compute docs' })).toHaveAttribute(
    'href',
    'https://docs.0g.ai/developer-hub/building-on-0g/compute-network/inference',
  )
  for (const n of [1, 2, 3]) await expect(step(page, n)).toHaveAttribute('data-state', 'todo')
  await expect(step(page, 1).getByRole('button', { name: 'Connect wallet' })).toBeVisible()
  await expect(step(page, 2)).toContainText('at least 3 0G')

  await connectWallet(page)
  await expect(step(page, 1)).toHaveAttribute('data-state', 'done')
  // Connected, no ledger: the fund step is read from chain and is still to do.
  await expect(step(page, 2)).toHaveAttribute('data-state', 'todo')

  const slug = 'qwen-2-5-7b-instruct'
  await fundUser(devnet.info, wallet.account.address, [slug])
  await page.reload()
  await expect(step(page, 2)).toHaveAttribute('data-state', 'done')
  await expect(step(page, 3)).toHaveAttribute('data-state', 'todo')

  // Try it: a row's Chat, one verified reply; back on the marketplace the guide is gone.
  const p = providerOf(devnet.info, slug)
  await page
    .locator(`[data-provider="${p.address}"]`)
    .getByRole('link', { name: /^Chat:/ })
    .click()
  await page.getByLabel('Message').fill('First try')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await page.getByRole('link', { name: 'Marketplace' }).first().click()
  await expect(page.getByRole('table', { name: 'Services' })).toBeVisible()
  await expect(guide(page)).toHaveCount(0)
})

test('dismissed, the guide stays away after a reload', async ({ page }) => {
  await page.goto('/')
  await guide(page).getByRole('button', { name: 'Dismiss guide' }).click()
  await expect(guide(page)).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('table', { name: 'Services' })).toBeVisible()
  await expect(guide(page)).toHaveCount(0)
})

test('an empty catalog says why and what to do next', async ({ page }) => {
  await page.goto('/#/?q=no-such-model-anywhere')
  const empty = page.getByTestId(TestId.ServicesEmpty)
  await expect(empty).toContainText('No service matches the search “no-such-model-anywhere”.')
  await empty.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(
    page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow),
  ).toHaveCount(9)
})
