/**
 * Side-by-side: one prompt to two chat services at once; each column shows its metrics, exact cost
 * and its own verdict, and the results export as JSON. Not covered: 3–4 columns (same code path).
 */
import { readFileSync } from 'node:fs'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, storedVerdicts } from './playground-support'

type Page = import('@playwright/test').Page

const SERVICES = ['GLM-5-FP8', 'gpt-oss-120b']

test.beforeEach(async ({ page, devnet, wallet }) => {
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8', 'gpt-oss-120b'])
  await page.goto('/#/playground?tab=compare')
  await connectWallet(page)
})

/** Sends `prompt` to both services side by side. */
async function runSideBySide(page: Page, prompt: string): Promise<void> {
  for (const name of SERVICES) await page.getByLabel(name).check()
  await page.getByLabel('Prompt for all').fill(prompt)
  await page.getByRole('button', { name: 'Run side by side' }).click()
}

test('two services answer side by side, each verified and priced', async ({ page }) => {
  await runSideBySide(page, 'Compare us please')
  const columns = page.getByTestId(TestId.CompareColumn)
  await expect(columns).toHaveCount(2)
  for (const name of SERVICES) {
    const col = page.getByRole('region', { name })
    await expect(col.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verified',
    )
    await expect(col).toContainText(/Time to first token\s*\d+ ms/)
    await expect(col).toContainText(/Cost\s*0\.\d+ 0G/)
    await expect(col).toContainText('Compare us please')
  }
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export results' }).click()
  const out = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    prompt: string
    columns: unknown[]
  }
  expect(out.prompt).toBe('Compare us please')
  expect(out.columns).toHaveLength(2)
})

test('a side-by-side run, with each column’s cost and verdict, is shown again after a reload', async ({
  page,
}) => {
  await runSideBySide(page, 'Remember this run')
  const costs: Record<string, string> = {}
  for (const name of SERVICES) {
    const col = page.getByRole('region', { name })
    await expect(col.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verified',
    )
    costs[name] = (await col.getByText(/0\.\d+ 0G/).textContent())!
  }
  await expect.poll(() => storedVerdicts(page, 'compare-runs')).toEqual(['verified', 'verified'])
  await page.reload()
  await expect(page.getByTestId(TestId.CompareColumn)).toHaveCount(2)
  for (const name of SERVICES) {
    const col = page.getByRole('region', { name })
    await expect(col.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
      'data-status',
      'verified',
    )
    await expect(col).toContainText('Remember this run')
    await expect(col).toContainText(`Cost${costs[name]}`)
    await expect(col).toContainText(/Time to first token\s*\d+ ms/)
  }
  // The spend counts each column once.
  await page.getByRole('tab', { name: 'Spend' }).click()
  await expect(page.getByText('Total recorded in this browser')).toContainText('over 2 responses')
})

test('a column with "no proof" retries on its own and verifies once the signature is served', async ({
  page,
  devnet,
}) => {
  await devnet.knob('signature-fault', { slug: 'glm-5-fp8', fault: 'junk' })
  await runSideBySide(page, 'Prove it later')
  const glm = page.getByRole('region', { name: SERVICES[0] }).getByTestId(TestId.VerificationBadge)
  const other = page
    .getByRole('region', { name: SERVICES[1] })
    .getByTestId(TestId.VerificationBadge)
  await expect(glm).toHaveAttribute('data-status', 'no-proof', { timeout: 30_000 })
  await expect(other).toHaveAttribute('data-status', 'verified')
  await devnet.knob('signature-fault', { slug: 'glm-5-fp8', fault: null })
  await glm.getByRole('button', { name: 'Retry' }).click()
  await expect(glm).toHaveAttribute('data-status', 'verified', { timeout: 30_000 })
  await expect.poll(() => storedVerdicts(page, 'compare-runs')).toEqual(['verified', 'verified'])
})
