/**
 * Playground chat against the devnet with the injected wallet: streaming reply, automatic
 * verification (signed by the TEE + content matches), cost, tampered signature → invalid with the
 * reason, a TEE signer rotated on chain (refused, then checked against the new signer), 429 wait,
 * 500 and cut stream keep the input, XSS rendered inert, reload keeps conversations, verdicts and
 * the session token, and a check cut by a reload resumes. Not covered: other modalities (own
 * specs).
 */
import { readFileSync } from 'node:fs'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { PROXY_ROUTE, proxyPath } from '../../src/lib/protocol/wire'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import {
  fundUser,
  holdSignatureRequests,
  providerOf,
  revokeAllTokens,
  storedVerdicts,
} from './playground-support'
import { DEPLOYER_INDEX } from '../../devnet/src/accounts'
import { addresses, providerWallet, walletFor } from './service-chain'

const SLUG = 'glm-5-fp8'

test.beforeEach(async ({ page, devnet, wallet }) => {
  await fundUser(devnet.info, wallet.account.address, [SLUG, 'qwen3-6-plus'])
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(devnet.info, SLUG).address}`)
  await connectWallet(page)
})

async function ask(page: import('@playwright/test').Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

test('a streamed reply is verified in the browser, with its cost', async ({ page, wallet }) => {
  await ask(page, 'Hello there devnet')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply).toHaveCount(1)
  const badge = reply.getByTestId(TestId.VerificationBadge)
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await badge.getByRole('button').click()
  await expect(badge).toContainText('✓ Signer: the provider’s TEE signer on chain')
  await expect(badge).toContainText('✓ Response bound: hash of the exact bytes received')
  // the app sends include_usage itself, so the broker forwards (and signs) the bytes it sent
  await expect(badge).toContainText('✓ Request bound: hash of the bytes sent')
  await expect(reply.getByTestId(TestId.ResponseCost)).toContainText(
    /0\.\d+ 0G · \d+ in \/ \d+ out tokens/,
  )
  await expect(page.getByLabel('Message')).toHaveValue('')
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toHaveLength(1)
})

test('a tampered signature is a persistent invalid verdict with the reason', async ({
  page,
  devnet,
}) => {
  await devnet.knob('tamper-next-signature', { slug: SLUG })
  await ask(page, 'Tamper with this one')
  const badge = page.getByTestId(TestId.VerificationBadge)
  await expect(badge).toHaveAttribute('data-status', 'invalid')
  await expect(badge).toContainText('not the provider’s TEE signer')
  await expect(badge).toContainText('✗ Signer: the provider’s TEE signer on chain')
  await page.reload()
  await page.getByTestId(TestId.ConversationItem).first().getByRole('button').first().click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute('data-status', 'invalid')
})

test('a TEE signer rotated on chain after the page loaded: refused until acknowledged, then checked against the new signer', async ({
  page,
  devnet,
}) => {
  const i = devnet.info.providers.findIndex((p) => p.slug === SLUG)
  const provider = devnet.info.providers[i]!
  const now = await devnet.client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [provider.address],
  })
  // The provider points its service at a new signer; the devnet TEE still signs with the old key.
  const hash = await providerWallet(i).writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'addOrUpdateService',
    args: [
      {
        serviceType: now.serviceType,
        url: now.url,
        model: now.model,
        verifiability: now.verifiability,
        inputPrice: now.inputPrice,
        outputPrice: now.outputPrice,
        additionalInfo: now.additionalInfo,
        teeSignerAddress: '0x000000000000000000000000000000000000dEaD',
      },
    ],
  })
  await devnet.client.waitForTransactionReceipt({ hash })

  // Not acknowledged yet: the provider itself refuses to serve; nothing is lost or charged.
  await ask(page, 'Who signs this now?')
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toContainText('TEE signer is not acknowledged on chain')
  await expect(page.getByLabel('Message')).toHaveValue('Who signs this now?')
  await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(0)

  // The owner acknowledges the new signer; the reply, still signed with the old key, is invalid.
  const ack = await walletFor(DEPLOYER_INDEX).writeContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'acknowledgeTEESignerByOwner',
    args: [provider.address],
  })
  await devnet.client.waitForTransactionReceipt({ hash: ack })
  await alert.getByRole('button', { name: 'Retry' }).click()
  const badge = page.getByTestId(TestId.VerificationBadge)
  await expect(badge).toHaveAttribute('data-status', 'invalid')
  await expect(badge).toContainText('not the provider’s TEE signer on chain')
})

test('HTTP 500 shows the provider message and keeps the input; retry succeeds', async ({
  page,
  devnet,
}) => {
  await devnet.knob('fail-next', { slug: SLUG, status: 500, message: 'upstream exploded' })
  await ask(page, 'Please survive a 500')
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toContainText('The provider failed (HTTP 500)')
  await expect(alert).toContainText('upstream exploded')
  await expect(page.getByLabel('Message')).toHaveValue('Please survive a 500')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(page.getByLabel('Message')).toHaveValue('')
})

test('a cut stream says so and keeps the input', async ({ page, devnet }) => {
  await devnet.knob('cut-next-stream', { slug: SLUG })
  await ask(page, 'Cut me off midway please')
  await expect(page.getByTestId(TestId.PlaygroundError)).toContainText('The reply was cut off')
  await expect(page.getByLabel('Message')).toHaveValue('Cut me off midway please')
  await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(0)
})

test('HTTP 429 waits for Retry-After and then succeeds', async ({ page, devnet }) => {
  await devnet.knob('fail-next', { slug: SLUG, status: 429, retryAfter: 2 })
  await ask(page, 'Rate limit me')
  await expect(page.getByRole('status').filter({ hasText: 'Rate-limited' })).toContainText(
    'retrying in 2 s',
  )
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})

test('an XSS payload in the reply is rendered inert', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  await ask(
    page,
    '<img src=x onerror=alert(1)> [click](javascript:alert(2)) ![p](https://evil.example/x.png)',
  )
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(reply).toContainText('<img src=x onerror=alert(1)>')
  await expect(reply.locator('img')).toHaveCount(0)
  await expect(reply.locator('a[href^="javascript"]')).toHaveCount(0)
  await expect(reply.getByRole('button', { name: /Load image from evil\.example/ })).toBeVisible()
  expect(dialogs).toBe(0)
})

test('a reload keeps the conversation, its verdict and the session token', async ({
  page,
  wallet,
}) => {
  await ask(page, 'Remember this conversation')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await page.reload()
  const item = page
    .getByTestId(TestId.ConversationItem)
    .filter({ hasText: 'Remember this conversation' })
  await item.getByRole('button').first().click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await ask(page, 'A second question after reload')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveCount(2)
  await expect(page.getByTestId(TestId.VerificationBadge).nth(1)).toHaveAttribute(
    'data-status',
    'verified',
  )
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toHaveLength(1)
})

test('a check interrupted by a reload resumes after it and completes', async ({ page, devnet }) => {
  // The signature endpoint hangs: the reply is shown and its check stays in progress.
  await devnet.knob('signature-fault', { slug: SLUG, fault: 'hang' })
  await ask(page, 'Check me after a reload')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verifying',
  )
  await expect.poll(() => storedVerdicts(page, 'conversations')).toEqual(['verifying'])
  // The reloaded page's signature requests wait until the fault is cleared. Without this, the
  // resumed check could ask while the endpoint still hangs, and the test raced its 10 s timeout:
  // stuck "verifying" (the expect gave up first) or "invalid: signature missing" (the request did).
  const signatures = await holdSignatureRequests(page)
  await page.reload()
  await page
    .getByTestId(TestId.ConversationItem)
    .filter({ hasText: 'Check me after a reload' })
    .getByRole('button')
    .first()
    .click()
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verifying',
  )
  await expect.poll(() => signatures.held.length).toBeGreaterThan(0)
  await devnet.knob('signature-fault', { slug: SLUG, fault: null })
  signatures.release()
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect.poll(() => storedVerdicts(page, 'conversations')).toEqual(['verified'])
})

test('regenerate replaces the reply; stop aborts and keeps the input', async ({ page, devnet }) => {
  await ask(page, 'First try')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await page.getByRole('button', { name: 'Regenerate' }).click()
  await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(2)
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await devnet.knob('latency', { slug: SLUG, ms: 5000 })
  await ask(page, 'Stop me')
  await page.getByRole('button', { name: 'Stop' }).click()
  await expect(page.getByTestId(TestId.PlaygroundError)).toHaveAttribute('data-kind', 'cancelled')
  await expect(page.getByLabel('Message')).toHaveValue('Stop me')
  await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(2)
})

test('conversations are searchable and deletable', async ({ page }) => {
  await ask(page, 'Alpha question')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await page.getByRole('button', { name: 'New chat' }).click()
  await ask(page, 'Beta question')
  await expect(page.getByTestId(TestId.ConversationItem)).toHaveCount(2)
  await page.getByLabel('Search conversations').fill('alpha')
  await expect(page.getByTestId(TestId.ConversationItem)).toHaveCount(1)
  await page
    .getByTestId(TestId.ConversationItem)
    .getByRole('button', { name: 'Alpha question' })
    .click()
  await page.getByRole('button', { name: 'Delete Alpha question' }).click()
  await expect(page.getByTestId(TestId.ConversationItem)).toHaveCount(0)
  await page.getByLabel('Search conversations').fill('')
  await expect(page.getByTestId(TestId.ConversationItem)).toHaveCount(1)
})

test('TeeTLS: the reply verifies and the signed upstream and TLS fingerprint are shown', async ({
  page,
  devnet,
}) => {
  const tls = providerOf(devnet.info, 'qwen3-6-plus')
  await page.getByLabel('Service', { exact: true }).selectOption(tls.address)
  await ask(page, 'Relay me through TLS')
  const badge = page.getByTestId(TestId.VerificationBadge)
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await badge.getByRole('button').click()
  await expect(badge).toContainText('aliyun (centralized)')
  await expect(badge).toContainText(/TLS certificate sha256\s*[0-9a-f]{64}/)
})

test('a token refused after revokeAllTokens is renewed once with one new signature', async ({
  page,
  devnet,
  wallet,
}) => {
  await ask(page, 'Before the revocation')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await revokeAllTokens(devnet.info, wallet.account.address, providerOf(devnet.info, SLUG).address)
  // The provider's cached account expires (live: up to 10 min): the old token gets the broker's
  // 400 "session token has been revoked (generation expired)".
  await devnet.knob('account-cache', { flush: true })
  await page.getByRole('button', { name: 'New chat' }).click()
  await ask(page, 'After the revocation')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toHaveLength(2)
})

test('a 400 session-token refusal renews the token once and resends the same prompt', async ({
  page,
  devnet,
  wallet,
}) => {
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(proxyPath(PROXY_ROUTE.chatbot)))
      posts.push(r.postData() ?? '')
  })
  await devnet.knob('fail-next', {
    slug: SLUG,
    status: 400,
    message: 'validate session: session token expired',
  })
  await ask(page, 'Renew me once')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  expect(posts).toHaveLength(2)
  expect(posts[1]).toBe(posts[0])
  expect(posts[1]).toContain('Renew me once')
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toHaveLength(2)
})

test('after "revoke all" a provider that has not seen it yet: one new signature, then a plain wait message', async ({
  page,
  devnet,
  wallet,
}) => {
  // A provider that keeps the account it read for a while, as live brokers do (10 min).
  await devnet.knob('account-cache', { ms: 120_000, flush: true })
  await ask(page, 'Cache my account')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await revokeAllTokens(devnet.info, wallet.account.address, providerOf(devnet.info, SLUG).address)
  // This tab's token is gone (another device revoked; the session ended): the next token is of
  // the new generation, which the provider's cached account does not know yet.
  await page.evaluate(() => sessionStorage.clear())
  const signsBefore = wallet.requests.filter((m) => m === 'personal_sign').length
  await page.getByRole('button', { name: 'New chat' }).click()
  await ask(page, 'Too soon after revoking')
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toContainText('still refuses your session token')
  await expect(alert).toContainText('up to 10 minutes')
  await expect(page.getByLabel('Message')).toHaveValue('Too soon after revoking')
  // One token for the request, one renewal: no loop.
  expect(wallet.requests.filter((m) => m === 'personal_sign').length - signsBefore).toBe(2)
  // Once the provider's entry expires the same prompt goes through.
  await devnet.knob('account-cache', { flush: true })
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})

test('the session spend adds up the exact cost of each reply', async ({ page }) => {
  await ask(page, 'Count my spend')
  const cost = page.getByTestId(TestId.ResponseCost)
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  const amount = (await cost.textContent())!.split(' 0G')[0]
  await expect(page.getByTestId(TestId.SessionSpend)).toHaveText(`Session spend: ${amount} 0G`)
})

test('a conversation exports as JSON (with receipts) and Markdown (with verdicts)', async ({
  page,
}) => {
  await ask(page, 'Export me')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  const item = page.getByTestId(TestId.ConversationItem)
  const json = page.waitForEvent('download')
  await item.getByRole('button', { name: 'JSON' }).click()
  const conv = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as {
    messages: { role: string; receipt?: { verdict: string } }[]
  }
  expect(conv.messages.map((m) => m.role)).toEqual(['user', 'assistant'])
  expect(conv.messages[1]!.receipt?.verdict).toBe('verified')
  const md = page.waitForEvent('download')
  await item.getByRole('button', { name: 'Markdown' }).click()
  const text = readFileSync(await (await md).path(), 'utf8')
  expect(text).toContain('## You\n\nExport me')
  expect(text).toContain('✅ verified: signed by the provider’s TEE, content matches')
})

test('a network failure says the provider is unreachable and keeps the input', async ({ page }) => {
  const chatRoute = `**${proxyPath(PROXY_ROUTE.chatbot)}`
  await page.route(chatRoute, (route) => route.abort('connectionrefused'))
  await ask(page, 'Is anyone there?')
  await expect(page.getByTestId(TestId.PlaygroundError)).toHaveAttribute('data-kind', 'network')
  await expect(page.getByTestId(TestId.PlaygroundError)).toContainText(
    'Could not reach the provider',
  )
  await expect(page.getByLabel('Message')).toHaveValue('Is anyone there?')
  await page.unroute(chatRoute)
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})
