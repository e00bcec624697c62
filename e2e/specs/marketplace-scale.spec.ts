/**
 * Scale: with 1 000 extra services registered (the same seeding as DEVNET_EXTRA_SERVICES) the
 * catalog reads all 1 009, shows them 50 per page, and search, the model view and paging work. A
 * page's rows are drawn as they near the screen (use-rows-near-screen.ts): scrolling down, or the
 * "Show the other …" button, brings the rest of the page.
 * The pages after the first are decoded by the app's own checksum path (services-page-words.ts):
 * a row from the last page shows the provider address viem reads from the chain, letter for letter.
 * Keystroke latency is measured by bench/catalog-filter.bench.ts, not here.
 */
import { devAccount, DEPLOYER_INDEX } from '../../devnet/src/accounts'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { seedExtraServices } from '../../devnet/src/seed-extra'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { addresses } from './service-chain'

test('1 009 services: paged list, search, model groups', async ({ page, devnet }) => {
  test.setTimeout(120_000)
  await seedExtraServices(
    devnet.client,
    addresses.inference,
    devAccount(DEPLOYER_INDEX),
    devnet.info.providerServerUrl,
    1000,
  )
  await page.goto('/#/?view=provider')
  await expect(page.getByTestId(TestId.ServicesCount)).toHaveText('1009 services', {
    timeout: 30_000,
  })
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  const more = page.getByTestId(TestId.MoreRows)
  // The rows near the screen first (a 720 px window shows ~10), not the page's 50.
  await expect(more).toContainText(/Show the other \d+ services of this page/)
  const first = await rows.count()
  expect(first).toBeGreaterThanOrEqual(8)
  expect(first).toBeLessThan(50)
  const pager = page.getByRole('navigation', { name: 'Pages' })
  await expect(pager).toContainText('Page 1 of 21 (1009 services)')
  // Scrolling down brings the rest, in order, before the pager.
  await expect(async () => {
    await page.mouse.wheel(0, 2000)
    await expect(rows).toHaveCount(50, { timeout: 500 })
  }).toPass({ timeout: 20_000 })
  await expect(more).toHaveCount(0)
  const models = await rows.getByRole('rowheader').allTextContents()
  expect(new Set(models).size).toBe(50)
  await pager.getByRole('button', { name: 'Next page' }).click()
  await expect(pager).toContainText('Page 2 of 21')
  expect(page.url()).toContain('page=2')

  const search = page.getByRole('searchbox', { name: 'Search services' })
  await search.fill('-x998')
  await expect(rows).toHaveCount(1)
  await expect(pager).toHaveCount(0)
  await expect(rows.getByRole('rowheader')).toContainText(/-x998/)
  // The same service as viem decodes it from the chain (EIP-55 checksummed by viem).
  const [lastPage] = await devnet.client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getAllServices',
    args: [1000n, 50n],
  })
  const x998 = lastPage.find((s) => s.model.endsWith('-x998'))!
  expect(x998.provider).toMatch(/[A-F]/)
  await expect(rows).toHaveAttribute('data-provider', x998.provider)

  // Model view: every 9th extra service reuses GLM-5-FP8 (112 of them) beside the seeded one.
  await page.goto('/#/?q=GLM-5-FP8&sort=name')
  // A reload at the top of the page: rows drawn stay drawn while the page lives, and a reload
  // restores the scroll position, which would bring them all again.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.reload()
  const group = page.getByTestId(TestId.ModelGroup).first()
  await expect(group).toContainText('GLM-5-FP8 · 113 providers, cheapest first')
  // A page holds at most 50 rows in the model view too: the group continues on the next pages.
  // The button below the drawn rows (for keyboards and screen readers) shows the whole page. It
  // is activated where it is, as a screen reader does: scrolling to it would draw more rows and
  // move it (what a mouse user sees on the way down).
  await expect(more).toContainText(/Show the other \d+ services of this page/)
  expect(await rows.count()).toBeLessThan(50)
  await more
    .getByRole('button', { name: /Show the other \d+ services of this page/ })
    .dispatchEvent('click')
  await expect(rows).toHaveCount(50)
  await expect(pager).toContainText('Page 1 of 3 (113 services in 1 model)')
  await pager.getByRole('button', { name: 'Next page' }).click()
  await expect(group).toContainText('GLM-5-FP8 · 113 providers, cheapest first (continued)')
  // Rows drawn stay drawn: the next page shows as many at once (here, all 50).
  await expect(rows).toHaveCount(50)
  await pager.getByRole('button', { name: 'Next page' }).click()
  await expect(rows).toHaveCount(13)
  await page.getByRole('group', { name: 'View' }).getByLabel('By provider').check()
  await expect(page.getByTestId(TestId.ModelGroup)).toHaveCount(0)
})
