/**
 * Absurd and tiered prices (issue #11.3, #11.5) in a 1366×768 window: a service priced 2^256−1
 * neuron and one priced 1 neuron leave every row's prices, signer and compare controls in view
 * (compact "× 10ⁿ" text, the exact value in the title); the service page's input and output prices
 * do not overlap; the Compare page shows 4 columns in view; a tiered service whose 1-neuron base
 * price is multiplied by 10^15 on every request shows its "tiered" mark and range and sorts by what
 * a typical request pays, not as the cheapest.
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { registerService, type ServiceParams } from './service-chain'

type Page = import('@playwright/test').Page
type Locator = import('@playwright/test').Locator

const MAX = 2n ** 256n - 1n
const WIDTH = 1366
const base: Omit<ServiceParams, 'model' | 'inputPrice' | 'outputPrice'> = {
  serviceType: 'chatbot',
  url: 'http://127.0.0.1:1/',
  verifiability: 'TeeML',
  additionalInfo: '',
  teeSignerAddress: '0x000000000000000000000000000000000000bEEF',
}
const EVERY_REQUEST_1E15 = JSON.stringify({
  tieredPricing: {
    tiers: [{ maxInputTokens: 0, inputMultiplier: 1e15, outputMultiplier: 1e15 }],
  },
})

async function right(l: Locator): Promise<number> {
  const box = await l.boundingBox()
  expect(box, 'element is laid out').not.toBeNull()
  return box!.x + box!.width
}

/** The rectangle of an element's laid-out text (not its box: overflowing text reaches past it). */
/**
 * The box of the text a user sees in `l`: text clipped away for screen readers only (`sr-only`:
 * a 1 px box, its text laid out unwrapped past it but never painted) is left out.
 */
const textRect = (l: Locator) =>
  l.evaluate((el) => {
    const clipped = (node: Node) => {
      for (let e = node.parentElement; e && e !== el.parentElement; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true
      }
      return false
    }
    const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || clipped(n)) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const r = range.getBoundingClientRect()
      box.left = Math.min(box.left, r.left)
      box.right = Math.max(box.right, r.right)
      box.top = Math.min(box.top, r.top)
      box.bottom = Math.max(box.bottom, r.bottom)
    }
    return box
  })

async function expectRowsInView(page: Page) {
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  const n = await rows.count()
  expect(n).toBeGreaterThan(9)
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i)
    const cells = row.getByRole('cell')
    const name = await row.getByRole('rowheader').innerText()
    for (const [what, l] of [
      ['input price', cells.nth(3)],
      ['output price', cells.nth(4)],
      ['signer ack.', cells.nth(5)],
      ['compare', row.getByRole('checkbox')],
    ] as const) {
      expect(await right(l), `${name}: ${what}`).toBeLessThanOrEqual(WIDTH)
      const text = await textRect(l)
      expect(text.right, `${name}: ${what} text`).toBeLessThanOrEqual(WIDTH)
    }
  }
}

/** Registers with a URL of its own (a shared URL gets a lookalike mark next to the name). */
const register = (
  client: Parameters<typeof registerService>[0],
  index: number,
  params: Omit<ServiceParams, 'url'> & { url?: string },
) => registerService(client, index, { ...params, url: `http://127.0.0.1:1/${params.model}` })

async function registerHostile(client: Parameters<typeof registerService>[0]) {
  const max = await register(client, 3, {
    ...base,
    model: 'max-price',
    inputPrice: MAX,
    outputPrice: MAX,
  })
  const tiny = await register(client, 5, {
    ...base,
    model: 'one-neuron',
    inputPrice: 1n,
    outputPrice: 1n,
  })
  const tinyImage = await register(client, 6, {
    ...base,
    serviceType: 'text-to-image',
    model: 'one-neuron-image',
    inputPrice: 0n,
    outputPrice: 1n,
  })
  const tiered = await register(client, 7, {
    ...base,
    model: 'tiered-1e15',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: EVERY_REQUEST_1E15,
  })
  return { max, tiny, tinyImage, tiered }
}

test.use({ viewport: { width: WIDTH, height: 768 } })

test('with a 2^256−1 and a 1-neuron price every row keeps its prices, signer and compare in a 1366 px window', async ({
  page,
  devnet,
}) => {
  const { max, tiny, tinyImage } = await registerHostile(devnet.client)
  await page.goto('/#/?view=provider')
  const table = page.getByRole('table', { name: 'Services' })
  await expect(table.getByTestId(TestId.ServiceRow)).toHaveCount(13)
  await expectRowsInView(page)

  // Compact text, rounded up (never understated); the exact value on hover.
  const maxInput = table.locator(`[data-provider="${max}"]`).getByRole('cell').nth(3)
  await expect(maxInput).toHaveText('≈ 1.16 × 10⁶⁵ 0G / 1M tokens')
  const exact = ((MAX * 1_000_000n) / 10n ** 18n).toString()
  await expect(maxInput.locator('[title]')).toHaveAttribute(
    'title',
    new RegExp(`^${exact}\\.\\d+ 0G / 1M tokens`),
  )
  await expect(table.locator(`[data-provider="${tiny}"]`).getByRole('cell').nth(3)).toHaveText(
    '1 × 10⁻¹² 0G / 1M tokens',
  )
  await expect(table.locator(`[data-provider="${tinyImage}"]`).getByRole('cell').nth(4)).toHaveText(
    '1 × 10⁻¹⁸ 0G / image',
  )
  // Typical prices are still exact.
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await expect(
    table.locator(`[data-provider="${glm.address}"]`).getByRole('cell').nth(4),
  ).toHaveText('3.2 0G / 1M tokens')

  // The model view too.
  await page.goto('/#/?view=model')
  await expect(table.getByTestId(TestId.ServiceRow)).toHaveCount(13)
  await expectRowsInView(page)
})

test('the service page of a 2^256−1 service shows input and output prices without overlap, exact on hover and copy', async ({
  page,
  context,
  devnet,
}) => {
  const { max } = await registerHostile(devnet.client)
  await page.goto(`/#/services/${max}`)
  const pricing = page.getByRole('region', { name: 'Pricing' })
  const input = pricing.getByRole('definition').nth(0)
  const output = pricing.getByRole('definition').nth(1)
  await expect(output).toContainText('0G / 1M tokens')
  const a = await textRect(input)
  const b = await textRect(output)
  const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
  expect(apart, `input ${JSON.stringify(a)} and output ${JSON.stringify(b)} overlap`).toBe(true)
  expect(a.right).toBeLessThanOrEqual(WIDTH)
  expect(b.right).toBeLessThanOrEqual(WIDTH)
  await expect(input).toHaveText('≈ 1.16 × 10⁶⁵ 0G / 1M tokens')
  // Every digit is on hover and one click away, and copying the shown text copies the exact one.
  const exact = `${(MAX * 1_000_000n) / 10n ** 18n}.${((MAX * 1_000_000n) % 10n ** 18n).toString().padStart(18, '0').replace(/0+$/, '')} 0G / 1M tokens`
  await expect(input.locator('[title]')).toHaveAttribute('title', exact)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await pricing.getByRole('button', { name: 'Copy exact input price' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(exact)
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await input.selectText()
  await page.keyboard.press('Control+C')
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(exact)
  await expect(pricing.getByLabel('Estimated cost')).toContainText('× 10')
  expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth + 1)).toBe(true)
})

test('the Compare page shows 4 services, one a 2^256−1 price, as 4 columns in view', async ({
  page,
  devnet,
}) => {
  const { max, tiny, tiered } = await registerHostile(devnet.client)
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await page.goto(`/#/compare?p=${max},${tiny},${tiered},${glm.address}`)
  const table = page.getByRole('table', { name: 'Comparison' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'max-price',
    'one-neuron',
    'tiered-1e15',
    'GLM-5-FP8',
  ])
  for (const row of await table.getByRole('row').all()) {
    for (const cell of await row.locator('th, td').all()) {
      expect(await right(cell)).toBeLessThanOrEqual(WIDTH)
      expect((await textRect(cell)).right).toBeLessThanOrEqual(WIDTH)
    }
  }
  const cells = (label: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) })
  await expect(cells('Input price').getByRole('cell').nth(0)).toHaveText(
    '≈ 1.16 × 10⁶⁵ 0G / 1M tokens',
  )
  await expect(cells('Input price').getByRole('cell').nth(3)).toHaveText('1 0G / 1M tokens')
})

test('a tiered service shows its mark and range and does not sort as the cheapest', async ({
  page,
  devnet,
}) => {
  const tiered = await register(devnet.client, 7, {
    ...base,
    model: 'tiered-1e15',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: EVERY_REQUEST_1E15,
  })
  await page.goto('/#/?view=provider&sort=input')
  await expect(page.getByLabel('Sort by')).toHaveValue('input')
  const table = page.getByRole('table', { name: 'Services' })
  const rows = table.getByTestId(TestId.ServiceRow)
  await expect(rows).toHaveCount(10)
  const row = table.locator(`[data-provider="${tiered}"]`)
  // The most expensive input price a typical request pays: last of the priced services (the two
  // image services, which have no input price, come after them).
  await expect(rows.nth(7)).toHaveAttribute('data-provider', tiered)
  // 1 neuron × 10^15 = 1000 0G per 1M tokens on every request.
  await expect(row.getByRole('cell').nth(3)).toHaveText('tiered 1000 0G / 1M tokens')
  // By output price among chat services (per-image prices are another unit).
  await page.goto('/#/?view=provider&sort=output&type=chatbot')
  await expect(rows).toHaveCount(7)
  await expect(rows.last()).toHaveAttribute('data-provider', tiered)

  // The seeded qwen3.6-plus is tiered ×1 up to 256 000 input tokens, ×4 (input), ×2 (output) above.
  const qwen = devnet.info.providers.find((p) => p.model === 'qwen3.6-plus')!
  const qwenRow = table.locator(`[data-provider="${qwen.address}"]`)
  await expect(qwenRow.getByRole('cell').nth(3)).toHaveText('tiered 0.8 → 3.2 0G / 1M tokens')
  await expect(qwenRow.getByRole('cell').nth(4)).toHaveText('tiered 4.8 → 9.6 0G / 1M tokens')

  // The model view shows the same mark.
  await page.goto('/#/?view=model&q=tiered')
  await expect(table.locator(`[data-provider="${tiered}"]`).getByRole('cell').nth(3)).toHaveText(
    'tiered 1000 0G / 1M tokens',
  )
})
