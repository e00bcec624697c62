/**
 * Account → Audit: the fees this browser recorded for its Playground responses against what the
 * provider's settlement took on chain. An honest provider (the devnet settles exactly what it
 * metered) is "matched" to the neuron; one with the `overcharge` knob is "over-charged by X 0G"
 * with X exact, and the CSV says so row by row.
 */
import { readFileSync } from 'node:fs'
import { formatEther, type Hex } from 'viem'
import { expect, test } from '../fixtures'
import type { DevnetFixture } from '../fixtures/devnet'
import { user } from './account-helpers'
import { chatVerified } from './playground-support'

type Page = import('@playwright/test').Page

const SLUG = 'glm-5-fp8'

interface Recorded {
  id: string
  chatId?: string
  provider: string
  model: string
  fee: string
  at: number
}

/** The usage records the Playground wrote for the test wallet on the devnet. */
function usageRecords(page: Page): Promise<Recorded[]> {
  return page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '[]') as Recorded[],
    `0g-usage:v1:31337:${user.address.toLowerCase()}`,
  )
}

/** One chat reply from the Playground, verified; returns its usage record. */
async function paidReply(page: Page, devnet: DevnetFixture): Promise<Recorded> {
  await chatVerified(page, devnet.info, user.address, SLUG, 'how much did this cost exactly?')
  const records = await usageRecords(page)
  expect(records).toHaveLength(1)
  const record = records[0]!
  // The provider metered the same fee the app recorded (its own meter, not the app's arithmetic).
  const entry = (await devnet.unsettled()).entries.find(
    (e) => e.slug === SLUG && e.user.toLowerCase() === user.address.toLowerCase(),
  )
  expect(entry?.unsettled).toBe(record.fee)
  return record
}

/** Settles the provider now and returns the settlement transaction. */
async function settle(devnet: DevnetFixture) {
  // Block times are whole seconds: the settlement must come after the response by chain time too.
  await new Promise((r) => setTimeout(r, 1100))
  const { reports } = (await devnet.settle(SLUG)) as {
    reports: { user: string; status: string; txHash?: Hex; settled: string }[]
  }
  const report = reports.find((r) => r.user.toLowerCase() === user.address.toLowerCase())
  expect(report?.status).toBe('success')
  return report!
}

async function openAudit(page: Page, provider: string) {
  await page.goto('/#/account')
  await page.reload()
  const audit = page.getByRole('region', { name: 'Settlement audit' })
  return { audit, row: audit.locator(`tr[data-provider="${provider}"]`) }
}

test('an honest provider: not settled yet, then matched to the neuron', async ({
  page,
  devnet,
}) => {
  const record = await paidReply(page, devnet)
  const fee = BigInt(record.fee)
  expect(fee).toBeGreaterThan(0n)

  let { row } = await openAudit(page, record.provider)
  await expect(row.locator('[data-audit-status]')).toHaveText('Not settled yet')
  await expect(row.getByRole('cell').nth(3)).toHaveText(`${formatEther(fee)} 0G`)

  const report = await settle(devnet)
  expect(report.settled).toBe(record.fee)
  ;({ row } = await openAudit(page, record.provider))
  await expect(row.locator('[data-audit-status]')).toHaveText(`Matched: ${formatEther(fee)} 0G`)
  await expect(row.locator('[data-audit-status]')).toHaveAttribute('data-audit-status', 'matched')
  // Recorded, settled, unsettled.
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${formatEther(fee)} 0G`)
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${formatEther(fee)} 0G`)
  await expect(row.getByRole('cell').nth(3)).toHaveText('0 0G')
})

test('an over-charging provider: over-charged by exactly the extra; the CSV', async ({
  page,
  devnet,
}) => {
  const extra = 123_456_789_012_345n
  await devnet.knob('overcharge', { slug: SLUG, amount: extra.toString() })
  const record = await paidReply(page, devnet)
  const fee = BigInt(record.fee)
  const report = await settle(devnet)
  expect(BigInt(report.settled)).toBe(fee + extra)

  const { audit, row } = await openAudit(page, record.provider)
  const status = row.locator('[data-audit-status]')
  await expect(status).toHaveText(`Over-charged by ${formatEther(extra)} 0G`)
  await expect(status).toHaveAttribute('data-audit-status', 'over-charged')
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${formatEther(fee)} 0G`)
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${formatEther(fee + extra)} 0G`)

  await row.getByRole('button', { name: 'Show 1' }).click()
  const responses = audit.getByRole('table', { name: 'Audited responses' }).locator('tbody tr')
  await expect(responses).toHaveCount(1)
  await expect(responses.first()).toContainText(record.model)
  await expect(responses.first()).toContainText(record.chatId!)
  await expect(responses.first()).toContainText(`${formatEther(fee)} 0G`)
  // The Playground's verdict on that reply.
  await expect(responses.first().getByRole('cell').last()).toHaveText('verified')

  const download = page.waitForEvent('download')
  await audit.getByRole('button', { name: 'Export audit CSV' }).click()
  const lines = readFileSync(await (await download).path(), 'utf8').split('\n')
  expect(lines[0]).toBe('provider,row,time,model,chat_id,amount_0g,tx,status,verdict')
  expect(lines[1]).toMatch(
    new RegExp(
      `^${record.provider},audit,\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,,,${formatEther(extra).replace('.', '\\.')},,over-charged,$`,
    ),
  )
  expect(lines[2]).toMatch(
    new RegExp(
      `^${record.provider},settlement,[\\dT:.Z-]+,,,${formatEther(fee + extra).replace('.', '\\.')},${report.txHash},,$`,
    ),
  )
  expect(lines[3]).toBe(
    [
      record.provider,
      'response',
      new Date(record.at).toISOString(),
      record.model,
      record.chatId,
      formatEther(fee),
      report.txHash,
      'settled',
      'verified',
    ].join(','),
  )
  expect(lines.slice(4)).toEqual([''])
})
