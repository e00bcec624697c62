/**
 * Receipts: a verified chat reply exports a JSON receipt; the "Verify a receipt" page re-checks it
 * against the devnet chain; the same receipt edited by hand fails. Not covered: receipts of other
 * modalities (same code path).
 */
import { readFileSync } from 'node:fs'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

test('a receipt is exported, re-verified, and fails once edited', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = providerOf(devnet.info, 'glm-5-fp8')
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'])
  await page.goto(`/#/playground?tab=chat&provider=${p.address}`)
  await connectWallet(page)
  await page.getByLabel('Message').fill('Give me a receipt')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId('verification-badge')).toHaveAttribute('data-status', 'verified')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export receipt' }).click()
  const text = readFileSync(await (await download).path(), 'utf8')
  const receipt = JSON.parse(text) as Record<string, unknown>
  expect(receipt).toMatchObject({
    type: '0g-inference-receipt',
    chainId: 31337,
    provider: p.address,
    verdict: 'verified',
  })
  expect(String(receipt.signer).toLowerCase()).toBe(p.teeSigner.toLowerCase())

  await page.getByRole('link', { name: 'Verify receipt' }).click()
  await page
    .getByLabel('Receipt file')
    .setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: 'Verify receipt' }).click()
  const verdict = page.getByTestId('receipt-verdict')
  await expect(verdict).toHaveAttribute('data-ok', 'true')
  await expect(verdict.getByTestId('receipt-check')).toHaveCount(5)

  const edited = { ...receipt, responseSha256: 'f'.repeat(64) }
  await page.getByLabel('Receipt JSON').fill(JSON.stringify(edited, null, 2))
  await page.getByRole('button', { name: 'Verify receipt' }).click()
  await expect(verdict).toHaveAttribute('data-ok', 'false')
  await expect(verdict.getByTestId('receipt-check').filter({ hasText: '✗' })).toContainText(
    'Signed text is exactly',
  )
})
