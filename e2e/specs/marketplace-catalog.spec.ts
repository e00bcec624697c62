/**
 * Catalog behaviour against the devnet: search, filters, sorts and views live in the URL (reload
 * and a fresh page show the same view), an empty result names the filter, compare selection leads
 * to the side-by-side page, and a service changed or removed on chain since the last visit is
 * marked after a refresh. Not covered here: service pages (service-page.spec.ts).
 */
import { parseEther } from 'viem'
import { inferenceServingAbi } from '../../src/contracts/abis/inference-serving'
import { connectWallet, expect, test } from '../fixtures'
import { addresses, providerWallet, registerService } from './service-chain'

const rows = (page: import('@playwright/test').Page) =>
  page.getByRole('table', { name: 'Services' }).getByTestId('service-row')
const models = (page: import('@playwright/test').Page) =>
  rows(page).getByRole('rowheader').getByRole('link').allTextContents()

test('search, filters and sort round-trip through the URL', async ({ page, browser }) => {
  await page.goto('/')
  await expect(rows(page)).toHaveCount(9)
  await expect(page.getByTestId('model-group')).toHaveCount(9)

  await page.getByRole('searchbox', { name: 'Search services' }).fill('qwen')
  await expect(rows(page)).toHaveCount(4)
  await page.getByRole('group', { name: 'Service type' }).getByLabel('chatbot').check()
  await expect(rows(page)).toHaveCount(3)
  await page.getByRole('group', { name: 'Verification' }).getByLabel('TeeML').check()
  await expect(rows(page)).toHaveCount(2)
  await page.getByLabel('Sort by').selectOption('output')
  await page.getByRole('group', { name: 'View' }).getByLabel('By provider').check()
  await expect(page.getByTestId('model-group')).toHaveCount(0)
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
    // Image services have no input price; ties are broken by name.
    .toEqual(['qwen-image-edit-2511', 'z-image', 'qwen-2.5-7b-instruct'])
  await page.getByLabel('Sort by').selectOption('name')
  await expect.poll(async () => (await models(page))[0]).toBe('deepseek-chat-v3-0324')

  // A second, cheaper GLM-5-FP8 provider joins: the model view lists both under one heading.
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  const cheaper = await registerService(devnet.client, 4, {
    serviceType: 'chatbot',
    url: glm.url,
    model: 'GLM-5-FP8',
    verifiability: 'TeeML',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '{}',
    teeSignerAddress: glm.teeSigner,
  })
  await page.goto('/#/?q=glm')
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByTestId('model-group')).toHaveCount(1)
  await expect(page.getByTestId('model-group')).toContainText('2 providers, cheapest first')
  await expect(rows(page).first()).toHaveAttribute('data-provider', cheaper)
  await expect(rows(page).nth(1)).toHaveAttribute('data-provider', glm.address)
})

test('an empty result says what filtered everything out', async ({ page }) => {
  await page.goto('/#/?q=qwen&type=text-to-image')
  const empty = page.getByTestId('services-empty')
  await expect(empty).toContainText('4 services match so far, but none has type text-to-image.')
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(rows(page)).toHaveCount(9)
  await page.goto('/#/?q=no-such-model')
  await expect(page.getByTestId('services-empty')).toContainText(
    'No service matches the search “no-such-model”.',
  )
  await page.goto('/#/?ack=no')
  await expect(page.getByTestId('services-empty')).toContainText(
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
  const latency = table.getByRole('row').filter({ hasText: 'Measured latency' })
  await expect(latency).toContainText(/\d+ ms/)
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await expect(table.getByRole('row').filter({ hasText: 'TEE signer' })).toContainText(
    `${glm.teeSigner.slice(0, 6)}…${glm.teeSigner.slice(-4)}`,
  )
})

test('marks services changed or removed on chain since the last visit', async ({
  page,
  devnet,
}) => {
  await page.goto('/')
  await expect(rows(page)).toHaveCount(9)
  await expect(page.getByTestId('catalog-changes')).toHaveCount(0)

  // Provider 0 (GLM-5-FP8) raises its price; provider 1 (deepseek) removes its service.
  const glm = devnet.info.providers[0]!
  const p0 = providerWallet(0)
  const svc = await devnet.client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [glm.address],
  })
  const h0 = await p0.writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'addOrUpdateService',
    args: [{ ...svc, inputPrice: svc.inputPrice * 2n }],
    value: 0n,
  })
  await devnet.client.waitForTransactionReceipt({ hash: h0 })
  const h1 = await providerWallet(1).writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'removeService',
  })
  await devnet.client.waitForTransactionReceipt({ hash: h1 })

  await page.getByRole('button', { name: 'Refresh' }).click()
  const block = await devnet.client.getBlockNumber()
  await expect(page.getByTestId('services-block')).toContainText(`block ${block}`)
  await expect(rows(page)).toHaveCount(8)
  const notice = page.getByTestId('catalog-changes')
  await expect(notice).toContainText('1 changed, 0 new, 1 removed')
  await expect(notice).toContainText('Removed: deepseek-chat-v3-0324')
  const glmRow = rows(page).filter({ has: page.locator(`[href$="${glm.address}"]`) })
  await expect(glmRow.getByRole('rowheader')).toContainText('Changed')
  await expect(glmRow.getByRole('cell').nth(3)).toHaveText('2 0G / 1M tokens')

  // A later visit compares with this visit's last snapshot: no marks; a new change is marked.
  await page.reload()
  await expect(rows(page)).toHaveCount(8)
  await expect(notice).toHaveCount(0)
  const h2 = await p0.writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'addOrUpdateService',
    args: [{ ...svc, outputPrice: parseEther('0.000001') }],
    value: 0n,
  })
  await devnet.client.waitForTransactionReceipt({ hash: h2 })
  await page.reload()
  await expect(notice).toContainText('1 changed, 0 new, 0 removed')
  await page.getByRole('button', { name: 'Mark all as seen' }).click()
  await expect(notice).toHaveCount(0)
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
