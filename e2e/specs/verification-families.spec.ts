/**
 * The verdict per signed-text family on the devnet, which signs what the live broker signs
 * (docs/protocol.md §9.1): a TeeTLS chat (family B) is verified with its signed upstream identity
 * and TLS fingerprint; a provider that rewrites the body it forwards is verified with "request
 * changed by provider"; a separate LLM node gives no proof ("Not verified", never green).
 * Streamed TeeML chat, images, edits and transcriptions are in playground-chat/media specs.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

const TEEML = 'glm-5-fp8'
const TEETLS = 'qwen3-6-plus'

async function chatWith(
  page: import('@playwright/test').Page,
  info: Parameters<typeof providerOf>[0],
  slug: string,
  text: string,
) {
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(info, slug).address}`)
  await connectWallet(page)
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply).toHaveCount(1)
  return reply.getByTestId(TestId.VerificationBadge)
}

test.beforeEach(async ({ devnet, wallet }) => {
  await fundUser(devnet.info, wallet.account.address, [TEEML, TEETLS])
})

test('a TeeTLS chat is verified with the signed upstream identity and TLS fingerprint', async ({
  page,
  devnet,
}) => {
  const badge = await chatWith(page, devnet.info, TEETLS, 'Route me through TeeTLS')
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await expect(badge).toHaveAttribute('data-request', 'bound')
  await badge.getByRole('button').first().click()
  await expect(badge).toContainText('✓ Signer: the provider’s TEE signer on chain')
  await expect(badge).toContainText('✓ Response bound: hash of the exact bytes received')
  await expect(badge).toContainText('aliyun (centralized)')
  await expect(badge).toContainText(/TLS certificate sha256\s*[0-9a-f]{64}/)
})

test('a provider that rewrites the forwarded body: Verified, request changed by provider', async ({
  page,
  devnet,
}) => {
  await devnet.knob('provider-behaviour', {
    slug: TEEML,
    rewrite: { model: 'glm-5-lora', inject: { top_k: 20 } },
  })
  const badge = await chatWith(page, devnet.info, TEEML, 'Rewrite my request')
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await expect(badge).toHaveAttribute('data-request', 'changed')
  await expect(badge).toContainText('request changed by provider')
  await badge.getByRole('button').first().click()
  await expect(badge).toContainText('– Request changed by the provider before forwarding')
})

test('a separate LLM node gives no proof: "Not verified", never green', async ({
  page,
  devnet,
}) => {
  await devnet.knob('provider-behaviour', { slug: TEEML, separatedNode: true })
  const badge = await chatWith(page, devnet.info, TEEML, 'Who signs this?')
  await expect(badge).toHaveAttribute('data-status', 'no-proof', { timeout: 30_000 })
  await expect(badge).toContainText('Not verified')
  await badge.getByRole('button').first().click()
  await expect(badge).toContainText('the provider gave no proof')
})

test('"no proof" offers a retry that checks again once the signature is served', async ({
  page,
  devnet,
}) => {
  await devnet.knob('signature-fault', { slug: TEEML, fault: 'junk' })
  const badge = await chatWith(page, devnet.info, TEEML, 'Prove it later')
  await expect(badge).toHaveAttribute('data-status', 'no-proof', { timeout: 30_000 })
  await devnet.knob('signature-fault', { slug: TEEML, fault: null })
  await badge.getByRole('button', { name: 'Retry' }).click()
  await expect(badge).toHaveAttribute('data-status', 'verified', { timeout: 30_000 })
})
