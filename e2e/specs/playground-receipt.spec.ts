/**
 * Receipts: a verified chat reply exports a JSON receipt; the "Verify a receipt" page re-checks it
 * against the devnet chain; the same receipt edited by hand fails. Not covered: receipts of other
 * modalities (same code path).
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { chatVerified, exportReceipt, verifyReceiptFile } from './playground-support'

test('a receipt is exported, re-verified, and fails once edited', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = await chatVerified(
    page,
    devnet.info,
    wallet.account.address,
    'glm-5-fp8',
    'Give me a receipt',
  )
  const text = await exportReceipt(page)
  const receipt = JSON.parse(text) as Record<string, unknown>
  expect(receipt).toMatchObject({
    type: '0g-inference-receipt',
    chainId: 31337,
    provider: p.address,
    verdict: 'verified',
  })
  expect(String(receipt.signer).toLowerCase()).toBe(p.teeSigner.toLowerCase())

  await verifyReceiptFile(page, text)
  const verdict = page.getByTestId(TestId.ReceiptVerdict)
  await expect(verdict).toHaveAttribute('data-ok', 'true')
  await expect(verdict.getByTestId(TestId.ReceiptCheck)).toHaveCount(7)
  await expect(verdict.getByTestId(TestId.ReceiptCoverage)).toContainText(
    'The TEE signature covers only the request and response hashes',
  )
  await expect(verdict.getByTestId(TestId.ReceiptCoverage)).toContainText(String(receipt.chatId))

  // Fields the signature does not cover: model and type are checked against the chain now.
  for (const [field, value, check] of [
    ['model', 'gpt-5-impersonated', 'Model is the service’s model on chain'],
    ['serviceType', 'text-to-image', 'Service type is the service’s type on chain'],
  ] as const) {
    await page.getByLabel('Receipt JSON').fill(JSON.stringify({ ...receipt, [field]: value }))
    await page.getByRole('button', { name: 'Verify receipt' }).click()
    await expect(verdict).toHaveAttribute('data-ok', 'false')
    await expect(verdict.getByTestId(TestId.ReceiptCheck).filter({ hasText: '✗' })).toHaveText(
      new RegExp(`^✗ ${check}`),
    )
  }
  // chatId and verifiedAt are covered by nothing: they stay "as the receipt states", never green.
  const retimed = { ...receipt, chatId: 'chatcmpl-edited', verifiedAt: '1999-01-01T00:00:00.000Z' }
  await page.getByLabel('Receipt JSON').fill(JSON.stringify(retimed))
  await page.getByRole('button', { name: 'Verify receipt' }).click()
  await expect(verdict.getByTestId(TestId.ReceiptCoverage)).toContainText(
    'Not covered by any signature, as the receipt states them: chat id chatcmpl-edited, verified at 1999-01-01',
  )

  const edited = { ...receipt, responseSha256: 'f'.repeat(64) }
  await page.getByLabel('Receipt JSON').fill(JSON.stringify(edited, null, 2))
  await page.getByRole('button', { name: 'Verify receipt' }).click()
  await expect(verdict).toHaveAttribute('data-ok', 'false')
  await expect(verdict.getByTestId(TestId.ReceiptCheck).filter({ hasText: '✗' })).toContainText(
    'Signed text binds requestSha256 and responseSha256',
  )
})
