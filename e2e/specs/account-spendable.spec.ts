/**
 * Account: "spendable now" per provider (balance − pending refunds − unsettled usage − 1 0G),
 * with unsettled usage from the provider's /unsettledfee when this session holds an app-sk token,
 * else from local usage records; and the history (chain events + local log, filters, CSV).
 */
import { readFileSync } from 'node:fs'
import { formatEther, parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { openAccountPage, transfer, user } from './account-helpers'

test.beforeEach(async ({ page, devnet }) => {
  await openAccountPage(page, { client: devnet.client, amount: '10' })
})

test('unsettled usage comes from the provider when a session token exists', async ({
  page,
  devnet,
}) => {
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  await transfer(devnet.client, glm.address, '3')
  const now = Date.now()
  const authorization = await devnet.user.bearer(glm.address, {
    timestamp: now,
    expiresAt: now + 24 * 3600_000,
    nonce: 'e2e-account-spendable-0001',
  })
  const chat = await fetch(`${glm.url}/v1/proxy/chat/completions`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'hello there' }] }),
  })
  expect(chat.status).toBe(200)
  await chat.text()
  const res = await fetch(`${glm.url}/v1/user/${user.address}/unsettledfee`, {
    headers: { authorization },
  })
  const fee = BigInt(((await res.json()) as { unsettledFee: string }).unsettledFee)
  expect(fee).toBeGreaterThan(0n)

  await page.evaluate(
    ([k, v]) => sessionStorage.setItem(k!, v!),
    [
      `0g-app-sk:v1:31337:${user.address.toLowerCase()}:${glm.address.toLowerCase()}`,
      JSON.stringify({ authorization, expiresAt: now + 24 * 3600_000, generation: 0 }),
    ],
  )
  await page.reload()
  const row = page.locator(`tr[data-provider="${glm.address}"]`)
  await expect(row.getByRole('cell').nth(2)).toContainText(`${formatEther(fee)} 0G`)
  await expect(row.getByRole('cell').nth(2)).toContainText('from provider')
  await expect(row.getByRole('cell').nth(3)).toContainText(
    `${formatEther(parseEther('2') - fee)} 0G`,
  )
})

test('without a token, unsettled usage is the local estimate', async ({ page, devnet }) => {
  const img = devnet.info.providers.find((p) => p.model === 'z-image')!
  await transfer(devnet.client, img.address, '3')
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [
      `0g-usage:v1:31337:${user.address.toLowerCase()}`,
      JSON.stringify([
        {
          id: 'r1',
          chainId: 31337,
          user: user.address,
          provider: img.address,
          model: 'z-image',
          kind: 'image',
          fee: parseEther('0.003').toString(),
          at: Date.now(),
        },
      ]),
    ],
  )
  await page.reload()
  const row = page.locator(`tr[data-provider="${img.address}"]`)
  await expect(row.getByRole('cell').nth(2)).toContainText('0.003 0G')
  await expect(row.getByRole('cell').nth(2)).toContainText('local estimate')
  // 3 − 0.003 − 1 = 1.997 0G = 665 images at 0.003 0G.
  await expect(row.getByRole('cell').nth(3)).toContainText('1.997 0G')
  await expect(row.getByRole('cell').nth(3)).toContainText('≈ 665 images')
})

test('history: chain events and local log, filters, exact CSV', async ({ page, devnet }) => {
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  const form = page.getByRole('form', { name: 'Deposit' })
  await form.getByLabel('Deposit amount').fill('1.5')
  await form.getByRole('button', { name: 'Deposit' }).click()
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  await transfer(devnet.client, glm.address, '2')
  await page.reload()

  const history = page.getByRole('region', { name: 'History' })
  const rows = history.getByRole('table', { name: 'History' }).locator('tbody tr')
  await expect(rows.filter({ hasText: 'Deposit 1.5 0G' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Sub-account balance' })).toContainText('GLM-5-FP8')
  await history.getByLabel('Kind').selectOption('deposit')
  await expect(rows).toHaveCount(1)
  await history.getByLabel('Kind').selectOption('')
  await history.getByLabel('Provider').selectOption(glm.address)
  await expect(rows.filter({ hasText: 'Deposit' })).toHaveCount(0)
  await expect(rows.first()).toContainText('GLM-5-FP8')
  await history.getByLabel('Provider').selectOption('')

  const download = page.waitForEvent('download')
  await history.getByRole('button', { name: 'Export CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv.split('\n')[0]).toBe('time,kind,provider,amount_0g,status,source,tx,block,detail')
  expect(csv).toMatch(/,deposit,,1\.5,confirmed,local,0x[0-9a-f]{64},\d+,Deposit 1\.5 0G/)
  expect(csv).toContain(`,balance-updated,${glm.address},2,,chain,`)
})
