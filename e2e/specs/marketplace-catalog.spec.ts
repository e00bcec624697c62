/**
 * Catalog behaviour against the devnet: search, filters, sorts and views live in the URL (reload
 * and a fresh page show the same view), an empty result names the filter, compare selection leads
 * to the side-by-side page, "recently used" follows local usage records. Not covered here: change
 * marks (marketplace-changes.spec.ts), service pages (service-page.spec.ts).
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { registerService, serviceParams } from './service-chain'

const rows = (page: import('@playwright/test').Page) =>
  page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
const models = (page: import('@playwright/test').Page) =>
  rows(page).getByRole('rowheader').getByRole('link').allTextContents()

test('search, filters and sort round-trip through the URL', async ({ page, browser }) => {
  await page.goto('/')
  await expect(rows(page)).toHaveCount(9)
  // One provider per seeded model: no group heading rows until a model has several providers.
  await expect(page.getByTestId(TestId.ModelGroup)).toHaveCount(0)

  await page.getByRole('searchbox', { name: 'Search services' }).fill('qwen')
  await expect(rows(page)).toHaveCount(4)
  await page.getByRole('group', { name: 'Service type' }).getByLabel('chatbot').check()
  await expect(rows(page)).toHaveCount(3)
  await page.getByRole('group', { name: 'Verification' }).getByLabel('TeeML').check()
  await expect(rows(page)).toHaveCount(2)
  await page.getByLabel('Sort by').selectOption('output')
  await page.getByRole('group', { name: 'View' }).getByLabel('By provider').check()
  // qwen-2.5-7b-instruct (0.10 out) before qwen3-vl (0.49 out)
  await expect
    .poll(() => models(page))
    .toEqual(['qwen-2.5-7b-instruct', 'qwen3-vl-30b-a3b-instruct'])

  const url = new URL(page.url())
  const hash = url.hash
  expect(hash).toContain('q=qwen')
  expect(hash).toContain('type=chatbot')
  expect(hash).toContain('mode=TeeML')
  expect(hash).toContain('sort=output')
  expect(hash).toContain('view=provider')

  await page.reload()
  await expect
    .poll(() => models(page))
    .toEqual(['qwen-2.5-7b-instruct', 'qwen3-vl-30b-a3b-instruct'])
  await expect(page.getByRole('searchbox', { name: 'Search services' })).toHaveValue('qwen')

  // A shared link opens the same view in a fresh browser context.
  const other = await browser.newPage()
  await other.goto(page.url())
  await expect
    .poll(() => models(other))
    .toEqual(['qwen-2.5-7b-instruct', 'qwen3-vl-30b-a3b-instruct'])
  await expect(other.getByLabel('Sort by')).toHaveValue('output')
  await other.close()
})

test('sorts by input price and by name; the model view groups cheapest first', async ({
  page,
  devnet,
}) => {
  await page.goto('/#/?view=provider&sort=input')
  await expect
    .poll(async () => (await models(page)).slice(0, 3))
    // Cheapest input first; image services have no input price, so they come last.
    .toEqual(['qwen-2.5-7b-instruct', 'whisper-large-v3', 'gpt-oss-120b'])
  await page.getByLabel('Sort by').selectOption('name')
  await expect.poll(async () => (await models(page))[0]).toBe('deepseek-chat-v3-0324')

  // A second, cheaper GLM-5-FP8 provider joins: the model view lists both under one heading.
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  const cheaper = await registerService(
    devnet.client,
    4,
    serviceParams({ url: glm.url, model: 'GLM-5-FP8', inputPrice: 1n, outputPrice: 1n }),
  )
  await page.goto('/#/?q=glm')
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByTestId(TestId.ModelGroup)).toHaveCount(1)
  await expect(page.getByTestId(TestId.ModelGroup)).toContainText('2 providers, cheapest first')
  await expect(rows(page).first()).toHaveAttribute('data-provider', cheaper)
  await expect(rows(page).nth(1)).toHaveAttribute('data-provider', glm.address)
  await page.getByRole('group', { name: 'View' }).getByLabel('By provider').check()
  await expect(page.getByTestId(TestId.ModelGroup)).toHaveCount(0)
  expect(page.url()).toContain('view=provider')
})

test('the search applies at once, reaches the URL when typing pauses, and survives leaving the page', async ({
  page,
}) => {
  await page.goto('/')
  await expect(rows(page)).toHaveCount(9)
  const search = page.getByRole('searchbox', { name: 'Search services' })
  await search.pressSequentially('glm')
  await expect(rows(page)).toHaveCount(1)
  await expect.poll(() => new URL(page.url()).hash).toContain('q=glm')

  // Typed and left at once (before the pause): the text is written on blur, so Back restores it.
  await search.pressSequentially('-5')
  await rows(page).getByRole('rowheader').getByRole('link').click()
  await expect(page).toHaveURL(/#\/services\//)
  await page.goBack()
  await expect(search).toHaveValue('glm-5')
  await expect(rows(page)).toHaveCount(1)
  expect(new URL(page.url()).hash).toContain('q=glm-5')

  // "Clear" wins over a text still waiting to be written.
  await search.pressSequentially('zzz')
  await expect(page.getByTestId(TestId.ServicesEmpty)).toBeVisible()
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(search).toHaveValue('')
  await expect(rows(page)).toHaveCount(9)
  // Past the search's URL delay (SEARCH_URL_DELAY_MS, 300 ms): the cleared text's pending write
  // must not fire. The time passing is the behaviour under test.
  await page.waitForTimeout(600)
  await expect(search).toHaveValue('')
  expect(new URL(page.url()).hash).not.toContain('q=')
})

test('an empty result says what filtered everything out', async ({ page }) => {
  await page.goto('/#/?q=qwen&type=text-to-image')
  const empty = page.getByTestId(TestId.ServicesEmpty)
  await expect(empty).toContainText('4 services match so far, but none has type text-to-image.')
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(rows(page)).toHaveCount(9)
  await page.goto('/#/?q=no-such-model')
  await expect(page.getByTestId(TestId.ServicesEmpty)).toContainText(
    'No service matches the search “no-such-model”.',
  )
  await page.goto('/#/?ack=no')
  await expect(page.getByTestId(TestId.ServicesEmpty)).toContainText(
    'none has an unacknowledged TEE signer',
  )
})

test('compare 2 services side by side', async ({ page, devnet }) => {
  await page.goto('/')
  await page.getByLabel('Compare GLM-5-FP8').check()
  await page.getByLabel('Compare z-image').check()
  expect(page.url()).toContain('cmp=')
  await page.getByRole('link', { name: 'Compare 2 services' }).click()
  const table = page.getByRole('table', { name: 'Comparison' })
  await expect(table.getByRole('columnheader')).toHaveText(['GLM-5-FP8', 'z-image'])
  const cost = table.getByRole('row').filter({ hasText: 'Estimated cost' })
  // 1000 × 1e12 + 500 × 3.2e12 neuron = 0.0026 0G; one z-image = 0.003 0G
  await expect(cost).toContainText('0.0026 0G per message')
  await expect(cost).toContainText('0.003 0G per image')
  const latency = table.getByRole('row').filter({ hasText: 'Health (status API · this browser)' })
  await expect(latency).toContainText(/\d+ ms/)
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await expect(table.getByRole('row').filter({ hasText: 'TEE signer' })).toContainText(
    `${glm.teeSigner.slice(0, 6)}…${glm.teeSigner.slice(-4)}`,
  )
})

test('"recently used" puts the providers this wallet used last first', async ({
  page,
  devnet,
  wallet,
}) => {
  const used = devnet.info.providers.find((x) => x.model === 'whisper-large-v3')!
  const older = devnet.info.providers.find((x) => x.model === 'z-image')!
  const record = (provider: string, at: number) => ({
    id: `r-${at}`,
    chainId: 31337,
    user: wallet.account.address,
    provider,
    model: 'm',
    kind: 'chat',
    fee: '1',
    at,
  })
  // Usage records as the Playground writes them (src/api/usage-store.ts).
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `0g-usage:v1:31337:${wallet.account.address.toLowerCase()}`,
    JSON.stringify([record(older.address, 1000), record(used.address, 2000)]),
  ] as const)
  await page.goto('/#/?view=provider&sort=recent')
  await connectWallet(page)
  await expect
    .poll(async () => (await models(page)).slice(0, 2))
    .toEqual(['whisper-large-v3', 'z-image'])
})
