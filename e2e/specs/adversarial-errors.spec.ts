/**
 * A provider refusing as the live broker does (400 low balance, 400 session refusal, 429 without
 * Retry-After, 500, 503): the prompt is never lost, nothing is metered for a failed request, and
 * the app re-sends a POST on its own only in the documented cases (429: backs off 1, 2, 4 s, at most
 * 3 times; a session refusal: renews the session token once). Asserted on the provider's meter
 * (`GET /__test/unsettled`) and on the POSTs the page sent.
 */
import { PROXY_ROUTE, proxyPath } from '../../src/lib/protocol/wire'
import { readUnsettled } from '../../devnet/testkit/knobs'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { openPlaygroundTab } from './playground-support'

type Page = import('@playwright/test').Page
const SLUG = 'glm-5-fp8'

test.beforeEach(async ({ page, devnet, wallet }) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'chat', SLUG)
})

/** POSTs of chat completions the page sent; `auto429` = those right after a 429 (documented retry). */
function countChatPosts(page: Page): { n: number; auto429: number } {
  const counter = { n: 0, auto429: 0 }
  let last = 0
  const isChat = (url: string) => url.endsWith(proxyPath(PROXY_ROUTE.chatbot))
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !isChat(r.url())) return
    counter.n++
    if (last === 429) counter.auto429++
  })
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && isChat(r.url())) last = r.status()
  })
  return counter
}

async function served(url: string): Promise<number> {
  const { entries } = await readUnsettled(url)
  return entries.filter((e) => e.slug === SLUG).reduce((n, e) => n + e.servedRequests, 0)
}

async function ask(page: Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

const CASES = [
  { name: '400 low balance', status: 400, refusal: 'balance', posts: 1, text: /Not enough funds/ },
  { name: '500', status: 500, refusal: 'balance', posts: 1, text: /HTTP 500/ },
  { name: '503', status: 503, refusal: 'balance', posts: 1, text: /HTTP 503/ },
  { name: '429', status: 429, refusal: 'balance', posts: 4, text: /429|rate/i },
  { name: '400 session refusal', status: 400, refusal: 'session', posts: 2, text: /10 minutes/ },
] as const

for (const c of CASES) {
  test(`HTTP ${c.name} every time: ${c.posts} POST(s), prompt kept, nothing metered`, async ({
    page,
    devnet,
    wallet,
  }) => {
    test.setTimeout(60_000)
    const posts = countChatPosts(page)
    await devnet.knob('random-errors', {
      slug: SLUG,
      rate: 1,
      statuses: [c.status],
      refusal: c.refusal,
    })
    const signsBefore = wallet.requests.filter((m) => m === 'personal_sign').length
    await ask(page, `Survive ${c.name}`)
    const alert = page.getByTestId(TestId.PlaygroundError)
    await expect(alert).toBeVisible({ timeout: 30_000 })
    await expect(alert).toContainText(c.text)
    await expect(page.getByLabel('Message')).toHaveValue(`Survive ${c.name}`)
    await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(0)
    expect(posts.n).toBe(c.posts)
    expect(await served(devnet.info.providerServerUrl)).toBe(0)
    // Only a session refusal asks the wallet for a new session token (once).
    expect(wallet.requests.filter((m) => m === 'personal_sign').length - signsBefore).toBe(
      c.refusal === 'session' ? 2 : 1,
    )
  })
}

test('random errors under a run of prompts: every prompt answered once, metered once', async ({
  page,
  devnet,
}) => {
  test.setTimeout(120_000)
  const posts = countChatPosts(page)
  await devnet.knob('random-errors', {
    slug: SLUG,
    rate: 0.5,
    statuses: [400, 500, 503], // 400: the low-balance refusal
    seed: 3, // draws: ok, 500, 503, 500, 400, ok, 400, ok, 503, …
  })
  const prompts = ['alpha question', 'beta question', 'gamma question', 'delta question']
  let userSends = 0
  for (const p of prompts) {
    await ask(page, p)
    userSends++
    for (let tries = 0; ; tries++) {
      const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: `You said: "${p}"` })
      const alert = page.getByTestId(TestId.PlaygroundError)
      await expect(reply.or(alert).first()).toBeVisible({ timeout: 30_000 })
      if (await reply.isVisible()) break
      expect(tries).toBeLessThan(12)
      await expect(page.getByLabel('Message')).toHaveValue(p) // the prompt is not lost
      await alert.getByRole('button', { name: 'Retry' }).click()
      userSends++
    }
  }
  for (const p of prompts) {
    await expect(page.getByTestId(TestId.ChatMessage).filter({ hasText: p })).toHaveCount(2) // prompt + reply
  }
  expect(userSends).toBeGreaterThan(prompts.length) // some failed
  // No automatic re-send of a low-balance 400, 500 or 503; only the devnet's real rate limit (burst 5) causes
  // documented 429 waits-and-retries.
  expect(posts.n - posts.auto429).toBe(userSends)
  expect(await served(devnet.info.providerServerUrl)).toBe(prompts.length)
})

test('a 402 with a 2 MB message: capped, wrapped and attributed to the provider', async ({
  page,
  devnet,
}) => {
  // The provider's error.message: 'pay-more-' and 2 000 000 × 'W'.
  await devnet.knob('fail-next', { slug: SLUG, status: 402, message: 'pay-more-', pad: 2_000_000 })
  await ask(page, 'Show me a sane error')
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toContainText('Not enough funds with this provider')
  await expect(alert).toContainText('Provider says: “pay-more-WWW')
  const text = await alert.innerText()
  expect(text.length).toBeLessThan(1_000)
  const box = (await alert.boundingBox())!
  const viewport = page.viewportSize()!
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    viewport.width,
  )
  await expect(page.getByLabel('Message')).toHaveValue('Show me a sane error')
})
