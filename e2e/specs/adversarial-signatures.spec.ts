/**
 * Malicious providers, signatures: a signature route that returns junk, the wrong shape or hangs,
 * a signature replayed from another response, no `ZG-Res-Key` — never shown as verified, the
 * reason is shown. The wrong signer / tampered signature case is in playground-chat.spec.ts.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

const SLUG = 'glm-5-fp8'

test.beforeEach(async ({ page, devnet, wallet }) => {
  await fundUser(devnet.info, wallet.account.address, [SLUG])
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(devnet.info, SLUG).address}`)
  await connectWallet(page)
})

async function ask(page: import('@playwright/test').Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

async function expectNoProof(page: import('@playwright/test').Page, n = 0) {
  const badge = page.getByTestId(TestId.VerificationBadge).nth(n)
  await expect(badge).toHaveAttribute('data-status', 'no-proof', { timeout: 30_000 })
  await expect(badge).toContainText('Not verified')
}

async function expectInvalid(
  page: import('@playwright/test').Page,
  reason: string | RegExp,
  n = 0,
) {
  const badge = page.getByTestId(TestId.VerificationBadge).nth(n)
  await expect(badge).toHaveAttribute('data-status', 'invalid', { timeout: 30_000 })
  await expect(badge).toContainText(reason)
}

for (const fault of ['junk', 'wrong-shape', 'hang'] as const) {
  test(`a signature route answering ${fault} is never verified: "no proof"`, async ({
    page,
    devnet,
  }) => {
    await devnet.knob('signature-fault', { slug: SLUG, fault })
    await ask(page, `Signature ${fault} please`)
    await expect(
      page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' }),
    ).toHaveCount(1)
    await expectNoProof(page)
  })
}

test('a signature replayed from another response is never verified: other content', async ({
  page,
  devnet,
}) => {
  await ask(page, 'First, genuine')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await devnet.knob('replay-next-signature', { slug: SLUG })
  await ask(page, 'Second, replayed')
  await expectInvalid(page, 'another response', 1)
  await expect(page.getByTestId(TestId.VerificationBadge).nth(1)).toContainText(
    '✗ Response bound: another response',
  )
})

test('no ZG-Res-Key (and no id) is never verified: "no proof"', async ({ page, devnet }) => {
  await devnet.knob('omit-next-res-key', { slug: SLUG })
  await ask(page, 'Where is my key')
  await expectNoProof(page)
})
