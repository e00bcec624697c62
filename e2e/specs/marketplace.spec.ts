/**
 * The Marketplace lists every service read from the devnet chain with the seeded prices, exactly.
 * Deeper catalog behaviour (filters, service pages) is in the Marketplace issue's specs.
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'

const EXPECTED = [
  ['GLM-5-FP8', 'chatbot', 'TeeML', '1 0G / 1M tokens', '3.2 0G / 1M tokens'],
  ['deepseek-chat-v3-0324', 'chatbot', 'TeeML', '0.3 0G / 1M tokens', '1 0G / 1M tokens'],
  ['gpt-oss-120b', 'chatbot', 'TeeML', '0.1 0G / 1M tokens', '0.49 0G / 1M tokens'],
  ['qwen3-vl-30b-a3b-instruct', 'chatbot', 'TeeML', '0.49 0G / 1M tokens', '0.49 0G / 1M tokens'],
  // Tiered: ×1 up to 256 000 input tokens, ×4 input and ×2 output above.
  [
    'qwen3.6-plus',
    'chatbot',
    'TeeTLS',
    'tiered 0.8 → 3.2 0G / 1M tokens',
    'tiered 4.8 → 9.6 0G / 1M tokens',
  ],
  ['whisper-large-v3', 'speech-to-text', 'TeeML', '0.05 0G / 1M tokens', '0.11 0G / 1M tokens'],
  ['z-image', 'text-to-image', 'TeeML', '–', '0.003 0G / image'],
  ['qwen-2.5-7b-instruct', 'chatbot', 'TeeML', '0.05 0G / 1M tokens', '0.1 0G / 1M tokens'],
  ['qwen-image-edit-2511', 'image-editing', 'TeeML', '–', '0.005 0G / image'],
] as const

test('shows the 9 seeded services with exact prices, read from chain', async ({ page, devnet }) => {
  await page.goto('/')
  const table = page.getByRole('table', { name: 'Services' })
  await expect(table.getByTestId(TestId.ServiceRow)).toHaveCount(9)
  await expect(page.getByTestId(TestId.ServicesCount)).toHaveText('9 services')
  const block = await devnet.client.getBlockNumber()
  await expect(page.getByTestId(TestId.ServicesBlock)).toContainText(`block ${block}`)
  for (const [model, type, mode, input, output] of EXPECTED) {
    const row = table.getByTestId(TestId.ServiceRow).filter({
      has: page.getByRole('rowheader', { name: new RegExp(`^${model.replace(/\./g, '\\.')}`) }),
    })
    await expect(row).toHaveCount(1)
    const cells = row.getByRole('cell')
    await expect(cells.nth(0)).toHaveText(type)
    await expect(cells.nth(1)).toHaveText(mode)
    await expect(cells.nth(3)).toHaveText(input)
    await expect(cells.nth(4)).toHaveText(output)
  }
  const provider = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await expect(table.locator(`[data-provider="${provider.address}"]`)).toHaveCount(1)

  // At a 1280 px wide window every column fits: no sideways scrolling to reach "Compare".
  await page.setViewportSize({ width: 1280, height: 900 })
  const overflow = await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('works without a wallet and makes no third-party request', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname
    if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:'))
      foreign.push(r.url())
  })
  await page.goto('/')
  await expect(page.getByTestId(TestId.ServiceRow)).toHaveCount(9)
  await expect(page.getByTestId(TestId.NetworkBanner)).toContainText(/devnet/i)
  expect(foreign).toEqual([])
})
