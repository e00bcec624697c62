/**
 * Row actions as in the 0G docs' journey (#14): every catalog row (provider and model views) and the
 * service page offer Chat (chatbots) or Try (images, edits, speech), opening the Playground on that
 * service with its tab selected, and Build, opening the service page at its integration guide.
 * Sorting by a price puts services without that price (image services have no input price) after
 * the priced ones in both directions.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'

type Page = import('@playwright/test').Page

const rows = (page: Page) =>
  page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
const models = (page: Page) => rows(page).getByRole('rowheader').getByRole('link').allTextContents()
const IMAGE_MODELS = ['qwen-image-edit-2511', 'z-image']

test('Chat and Try open the Playground on the clicked service, its tab selected', async ({
  page,
  devnet,
}) => {
  const chat = devnet.info.providers.find((p) => p.model === 'deepseek-chat-v3-0324')!
  const image = devnet.info.providers.find((p) => p.model === 'z-image')!
  const speech = devnet.info.providers.find((p) => p.model === 'whisper-large-v3')!
  await page.goto('/#/?view=provider')
  await connectWallet(page)
  const row = (address: string) => page.locator(`[data-provider="${address}"]`)
  await expect(row(chat.address).getByRole('link', { name: /^Build:/ })).toHaveText('Build')
  await expect(row(image.address).getByRole('link', { name: /^Try:/ })).toHaveText('Try')
  await expect(row(speech.address).getByRole('link', { name: /^Try:/ })).toHaveText('Try')

  await row(chat.address)
    .getByRole('link', { name: /^Chat:/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`#/playground\\?tab=chat&provider=${chat.address}$`))
  await expect(page.getByRole('tab', { name: 'Chat' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel('Service', { exact: true })).toHaveValue(chat.address)

  // The model view's rows carry the same actions: Try on the text-to-image service.
  await page.goto('/#/?view=model&q=z-image')
  await row(image.address).getByRole('link', { name: /^Try:/ }).click()
  await expect(page.getByRole('tab', { name: 'Text to image' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByLabel('Service', { exact: true })).toHaveValue(image.address)

  await page.goBack()
  await row(image.address)
    .getByRole('link', { name: /^Build:/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`#/services/${image.address}#section-build$`))
  const build = page.getByRole('heading', { name: 'Build', exact: true })
  await expect(build).toBeInViewport()
  await expect(build).toBeFocused()
  await expect(page.getByRole('region', { name: 'Build' })).toContainText('cURL request')
})

test('the service page: Try opens the Playground on the right tab, Build jumps to the guide', async ({
  page,
  devnet,
}) => {
  const speech = devnet.info.providers.find((p) => p.model === 'whisper-large-v3')!
  await page.goto(`/#/services/${speech.address}`)
  await connectWallet(page)
  const build = page.getByRole('heading', { name: 'Build', exact: true })
  await expect(build).not.toBeInViewport()
  await page.getByRole('link', { name: 'Build: integration guide' }).click()
  await expect(build).toBeInViewport()
  await expect(build).toBeFocused()
  await page.getByRole('link', { name: 'Try: open in Playground' }).click()
  await expect(page.getByRole('tab', { name: 'Speech to text' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByLabel('Service', { exact: true })).toHaveValue(speech.address)
})

test('price sorts put services without that price last, in both directions', async ({ page }) => {
  await page.goto('/#/?view=provider&sort=input')
  await expect(rows(page)).toHaveCount(9)
  await expect.poll(async () => (await models(page)).slice(-2).sort()).toEqual(IMAGE_MODELS)
  // Cheapest input first among the priced (0.05 per 1M: qwen-2.5-7b-instruct, whisper by name).
  await expect.poll(async () => (await models(page))[0]).toBe('qwen-2.5-7b-instruct')

  await page.getByLabel('Order').selectOption({ label: 'Highest first' })
  await expect(page).toHaveURL(/dir=desc/)
  // GLM-5-FP8 has the highest input price (1 0G per 1M tokens); the image services stay last.
  await expect.poll(async () => (await models(page))[0]).toBe('GLM-5-FP8')
  await expect.poll(async () => (await models(page)).slice(-2).sort()).toEqual(IMAGE_MODELS)

  // By output price every seeded service is priced: the per-image prices sort with the rest.
  await page.getByLabel('Sort by').selectOption('output')
  await expect(page.getByLabel('Order')).toHaveValue('desc')
  await expect.poll(async () => (await models(page))[0]).toBe('qwen-image-edit-2511')

  // The direction survives a reload (it is in the URL) and reads in the sort's own words.
  await page.getByLabel('Sort by').selectOption('name')
  await page.reload()
  await expect(page.getByLabel('Order')).toHaveValue('desc')
  await expect(page.getByLabel('Order').locator('option:checked')).toHaveText('Z → A')
  await expect.poll(async () => (await models(page))[0]).toBe('z-image')
})
