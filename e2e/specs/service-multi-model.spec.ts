/**
 * A multi-model forwarder (docs/protocol.md §8) in the app: the devnet's qwen-forwarder, whose
 * chain entry carries only `MultiModel: true` and the ceiling, and whose per-model prices are served
 * by the devnet provider server at `GET {url}/v1/models`. The e2e devnet seeds only the published
 * catalog (DEVNET_BILLING_DEMOS=0, which the other specs pin), so this spec runs the devnet's own
 * provider server for that one entry beside it and registers the entry exactly as the seeder does
 * (its own provider account, owner-acknowledged) inside each test's chain snapshot.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatEther, parseEther } from 'viem'
import { DEPLOYER_INDEX, FIRST_PROVIDER_INDEX, devAccount } from '../../devnet/src/accounts'
import { CATALOG, MULTI_MODEL_FORWARDER, additionalInfoFor } from '../../devnet/src/catalog'
import { freePort } from '../../devnet/src/ports'
import { startProviderServer, type ProviderServer } from '../../devnet/src/provider-server/server'
import { plannedProviders, seedCatalog } from '../../devnet/src/seed'
import type { DevnetInfo, SeededProvider } from '../../devnet/src/types'
import { estimateFee, priceForModel, TYPICAL_REQUEST } from '../../src/lib/protocol/billing'
import { feeFor } from '../../src/lib/protocol/pricing'
import { TestId } from '../../src/lib/test-ids'
import { E2E } from '../e2e-env'
import { connectWallet, expect, test } from '../fixtures'
import {
  SMALL_PHONE,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
} from './layout-support'
import { sendVerified } from './playground-support'
import { registerService } from './service-chain'

const HOST = '127.0.0.1'
let server: ProviderServer | undefined
let forwarder: SeededProvider

test.beforeAll(async () => {
  const port = await freePort(HOST)
  // The forwarder's own planned account (its place in the full catalog), as `npm run devnet` seeds it.
  forwarder = plannedProviders(`http://${HOST}:${port}`, CATALOG).find(
    (p) => p.entry.slug === MULTI_MODEL_FORWARDER.slug,
  )!
  const info = JSON.parse(
    readFileSync(path.join(E2E.stateDir, 'devnet.json'), 'utf8'),
  ) as DevnetInfo
  server = await startProviderServer({
    host: HOST,
    port,
    rpcUrl: info.rpcUrl,
    chainId: info.chainId,
    inferenceAddress: info.contracts.inference,
    providers: [forwarder],
    runId: randomUUID(),
    testMode: false,
    settleIntervalMs: 0,
    rateLimit: { perMinute: 600, burst: 100, concurrent: 20 },
    accountCacheMs: 500,
    log: () => {},
  })
})

test.afterAll(async () => {
  await server?.close()
})

/** The on-chain service as seeded: ceiling prices and `MultiModel` in additionalInfo. */
const onChain = () => ({
  serviceType: MULTI_MODEL_FORWARDER.serviceType,
  model: MULTI_MODEL_FORWARDER.model,
  inputPrice: MULTI_MODEL_FORWARDER.inputPrice,
  outputPrice: MULTI_MODEL_FORWARDER.outputPrice,
  additionalInfo: additionalInfoFor(MULTI_MODEL_FORWARDER),
})

/** billing.ts's estimate of the typical request for `model`, in the estimator's words. */
const estimateFor = (model: string) => {
  const fee = estimateFee(
    priceForModel(onChain(), MULTI_MODEL_FORWARDER.modelPricing!, model),
    TYPICAL_REQUEST,
  )
  // These fees are short decimals, which the estimator shows exactly.
  return `${formatEther(fee)} 0G per request for ${model}`
}

test.beforeEach(async ({ devnet }) => {
  // Registered from its own account and acknowledged by the owner (the deployer), as seeded.
  await seedCatalog(devnet.client, devnet.info.contracts, devAccount(DEPLOYER_INDEX), [forwarder])
})

test('the service page lists per-model prices from /v1/models and estimates each model', async ({
  page,
}) => {
  await page.goto(`/#/services/${forwarder.address}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('qwen-plus')
  const pricing = page.getByRole('region', { name: 'Pricing' })
  await expect(pricing).toContainText('Input price, ceiling1.6 0G / 1M tokens')
  await expect(pricing).toContainText('Output price, ceiling6.4 0G / 1M tokens')
  await expect(pricing).toContainText(/the catalog's “up to” prices, are the ceiling/)
  const table = pricing.getByRole('table', { name: 'Per-model prices' })
  const rows = table.getByRole('row')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(1)).toContainText('qwen-plus')
  await expect(rows.nth(1)).toContainText('0.4 0G / 1M tokens')
  await expect(rows.nth(1)).toContainText('≥ 128,001 input tokens: 1.2 0G / 1M tokens in')
  await expect(rows.nth(2)).toContainText('qwen-max1.6 0G / 1M tokens6.4 0G / 1M tokens')
  await expect(rows.nth(3)).toContainText('qwen-turbo0.05 0G / 1M tokens0.2 0G / 1M tokens')

  const estimate = pricing.getByLabel('Estimated cost')
  await expect(estimate).toHaveText(estimateFor('qwen-plus'))
  const model = pricing.getByRole('combobox', { name: 'Model' })
  await model.selectOption('qwen-max')
  const max = estimateFor('qwen-max')
  await expect(estimate).toHaveText(max)
  await model.selectOption('qwen-turbo')
  const turbo = estimateFor('qwen-turbo')
  await expect(estimate).toHaveText(turbo)
  // docs/protocol.md §8: qwen-turbo's typical request is 1.5·10^14 neuron, not the ceiling's.
  expect(turbo).toBe('0.00015 0G per request for qwen-turbo')
  expect(max.replace(' for qwen-max', '')).not.toBe(turbo.replace(' for qwen-turbo', ''))
})

test('the catalog row marks the ceiling price "up to"', async ({ page }) => {
  await page.goto('/#/?q=qwen-plus')
  const row = page.locator(
    `[data-testid="${TestId.ServiceRow}"][data-provider="${forwarder.address}"]`,
  )
  await expect(row.getByRole('cell').nth(3)).toHaveText('up to 1.6 0G / 1M tokens')
  await expect(row.getByRole('cell').nth(4)).toHaveText('up to 6.4 0G / 1M tokens')
})

test('the playground bills a reply at the named model’s prices, not the ceiling', async ({
  page,
  devnet,
}) => {
  await devnet.user.createLedger(parseEther('6'))
  await devnet.user.transferFund(forwarder.address, parseEther('3'))
  await page.goto(`/#/playground?tab=chat&provider=${forwarder.address}`)
  await connectWallet(page)
  await sendVerified(page, 'Price me per model')
  const cost = page.getByTestId(TestId.ResponseCost)
  await expect(cost).toContainText(/ 0G · \d+ in \/ \d+ out tokens/)
  const [, amount, inTokens, outTokens] = /^(\S+) 0G · (\d+) in \/ (\d+) out tokens/.exec(
    (await cost.textContent())!,
  )!
  const usage = {
    kind: 'tokens',
    inputTokens: BigInt(inTokens!),
    outputTokens: BigInt(outTokens!),
  } as const
  // The request names no other model, so the broker bills the service's own, qwen-plus.
  const perModel = feeFor(
    priceForModel(onChain(), MULTI_MODEL_FORWARDER.modelPricing!, 'qwen-plus'),
    usage,
  )
  expect(amount).toBe(formatEther(perModel))
  expect(perModel).toBeLessThan(feeFor(onChain(), usage))
})

test.describe('small phone', () => {
  test.use({ viewport: SMALL_PHONE })

  test('the per-model table and model picker pass axe and do not scroll sideways', async ({
    page,
  }) => {
    await page.goto(`/#/services/${forwarder.address}`)
    const pricing = page.getByRole('region', { name: 'Pricing' })
    await expect(pricing.getByRole('table', { name: 'Per-model prices' })).toBeVisible()
    await expect(pricing.getByRole('combobox', { name: 'Model' })).toBeVisible()
    await expectNoSeriousA11yViolations(page, 'multi-model service page')
    await expectNoHorizontalScroll(page, 'multi-model service page')
  })
})

test('a provider that does not answer /v1/models: said so, the ceiling estimated "up to"', async ({
  page,
  devnet,
}) => {
  // The provider moves its service to a URL nothing answers (no new stake; still acknowledged).
  const index = FIRST_PROVIDER_INDEX + CATALOG.indexOf(MULTI_MODEL_FORWARDER)
  await registerService(
    devnet.client,
    index,
    {
      serviceType: MULTI_MODEL_FORWARDER.serviceType,
      url: 'http://127.0.0.1:9/qwen-forwarder',
      model: MULTI_MODEL_FORWARDER.model,
      verifiability: MULTI_MODEL_FORWARDER.verifiability,
      inputPrice: MULTI_MODEL_FORWARDER.inputPrice,
      outputPrice: MULTI_MODEL_FORWARDER.outputPrice,
      additionalInfo: additionalInfoFor(MULTI_MODEL_FORWARDER),
      teeSignerAddress: forwarder.teeSigner,
    },
    0n,
  )
  await page.goto(`/#/services/${forwarder.address}`)
  const pricing = page.getByRole('region', { name: 'Pricing' })
  await expect(pricing.getByText(/did not answer with its per-model prices/)).toHaveCount(2)
  await expect(pricing.getByRole('table', { name: 'Per-model prices' })).toHaveCount(0)
  const ceiling = estimateFee(onChain(), TYPICAL_REQUEST)
  await expect(pricing.getByLabel('Estimated cost')).toHaveText(
    `up to ${formatEther(ceiling)} 0G per request`,
  )
})
