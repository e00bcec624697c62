/**
 * Service pages against the devnet: one page per service type (chat TeeML, chat TeeTLS with tiers,
 * text-to-image, image editing, speech-to-text, per-second audio) with exact prices, the estimator
 * and measured health, and "fund this provider". Not covered: Verify provider
 * (service-verify.spec.ts), snippets (service-build.spec.ts), API keys (service-api-keys.spec.ts).
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { registerService, serviceParams } from './service-chain'

const open = async (page: import('@playwright/test').Page, provider: string) => {
  await page.goto(`/#/services/${provider}`)
}

const cases = [
  {
    model: 'GLM-5-FP8',
    type: 'chatbot',
    mode: /model itself runs inside a trusted execution environment/,
    input: '1 0G / 1M tokens',
    output: '3.2 0G / 1M tokens',
    // 1000 × 1e12 + 500 × 3.2e12 neuron
    estimate: '0.0026 0G per request',
  },
  {
    model: 'z-image',
    type: 'text-to-image',
    mode: /model itself runs/,
    input: '–',
    output: '0.003 0G / image',
    estimate: '0.003 0G per request',
  },
  {
    model: 'qwen-image-edit-2511',
    type: 'image-editing',
    mode: /model itself runs/,
    input: '–',
    output: '0.005 0G / image',
    estimate: '0.005 0G per request',
  },
  {
    model: 'whisper-large-v3',
    type: 'speech-to-text',
    mode: /model itself runs/,
    input: '0.05 0G / 1M tokens',
    output: '0.11 0G / 1M tokens',
    estimate: '0.000105 0G per request',
  },
] as const

for (const c of cases) {
  test(`service page: ${c.type} (${c.model})`, async ({ page, devnet }) => {
    const p = devnet.info.providers.find((x) => x.model === c.model)!
    await open(page, p.address)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.model)
    const facts = page.getByRole('region', { name: 'Service' })
    await expect(facts).toContainText(c.type)
    await expect(facts).toContainText(p.address)
    await expect(facts).toContainText(p.teeSigner)
    await expect(facts.getByRole('link', { name: p.url })).toHaveAttribute('href', p.url)
    await expect(facts).toContainText('Yes, by the contract owner')
    // Health is measured by this browser on open (a timed GET /v1/models).
    await expect(facts).toContainText(/Healththis browser: \d+ ms/)
    await expect(page.getByRole('region', { name: 'Verification' })).toContainText(c.mode)
    const pricing = page.getByRole('region', { name: 'Pricing' })
    await expect(pricing).toContainText(`Input price${c.input}`)
    await expect(pricing).toContainText(`Output price${c.output}`)
    await expect(pricing.getByLabel('Estimated cost')).toHaveText(c.estimate)
    await expect(page.getByRole('link', { name: 'Open in Playground' })).toHaveAttribute(
      'href',
      `#/playground?provider=${p.address}`,
    )
  })
}

test('service page: TeeTLS with a tier table and a tier-aware estimator', async ({
  page,
  devnet,
}) => {
  const p = devnet.info.providers.find((x) => x.model === 'qwen3.6-plus')!
  await open(page, p.address)
  await expect(page.getByRole('region', { name: 'Verification' })).toContainText(
    /relays your request over TLS to a named upstream.*dashscope-intl\.aliyuncs\.com/,
  )
  const tiers = page.getByRole('table', { name: 'Price tiers' })
  await expect(tiers.getByRole('row')).toHaveText([
    'Input tokensInputOutput',
    '≤ 256,0000.8 0G / 1M tokens4.8 0G / 1M tokens',
    '≥ 256,0013.2 0G / 1M tokens9.6 0G / 1M tokens',
  ])
  const pricing = page.getByRole('region', { name: 'Pricing' })
  const inputTokens = pricing.getByLabel('Input tokens')
  const outputTokens = pricing.getByLabel('Output tokens')
  await outputTokens.fill('0')
  // At the boundary: 256 000 × 0.8e12 neuron = 0.2048 0G
  await inputTokens.fill('256000')
  await expect(pricing.getByLabel('Estimated cost')).toHaveText('0.2048 0G per request')
  // One token more: the whole request is billed at ×4 = 256 001 × 3.2e12 neuron
  await inputTokens.fill('256001')
  await expect(pricing.getByLabel('Estimated cost')).toHaveText('0.8192032 0G per request')
  await inputTokens.fill('12.5')
  await expect(pricing.getByLabel('Estimated cost')).toContainText('Enter whole numbers')
})

test('a provider without a service shows a clear message', async ({ page }) => {
  await open(page, '0x000000000000000000000000000000000000dEaD')
  await expect(page.getByText('No service for this provider')).toBeVisible()
})

test('fund this provider: a transfer through the transaction flow creates the sub-account', async ({
  page,
  devnet,
}) => {
  const p = devnet.info.providers.find((x) => x.model === 'gpt-oss-120b')!
  await devnet.user.createLedger('5')
  await open(page, p.address)
  await connectWallet(page)
  const fund = page.getByRole('region', { name: 'Fund this provider' })
  await fund.getByLabel('Amount to transfer (0G)').fill('1.5')
  await fund.getByRole('button', { name: 'Fund this provider' }).click()
  await expect(fund.getByTestId(TestId.TxStatus)).toContainText('Confirmed')
  expect((await devnet.user.readSubAccount(p.address))?.balance).toBe(parseEther('1.5'))
})

test('a duration-billed speech service is priced per second', async ({ page, devnet }) => {
  const provider = await registerService(
    devnet.client,
    3,
    serviceParams({
      serviceType: 'speech-to-text',
      model: 'whisper-per-second',
      inputPrice: parseEther('0.0001'),
      additionalInfo: JSON.stringify({ billingUnit: 'second' }),
    }),
  )
  await page.goto('/#/?q=whisper-per-second')
  const row = page.getByTestId(TestId.ServiceRow)
  await expect(row.getByRole('cell').nth(3)).toHaveText('0.0001 0G / second')
  await expect(row.getByRole('cell').nth(4)).toHaveText('–')
  await open(page, provider)
  const pricing = page.getByRole('region', { name: 'Pricing' })
  await pricing.getByLabel('Audio seconds').fill('90')
  await expect(pricing.getByLabel('Estimated cost')).toHaveText('0.009 0G per request')
})
