/**
 * Malicious providers, output: one 300 000-character line, 5 MB of text and invalid UTF-8 bytes
 * are rendered as inert text and the page stays responsive; Stop ends an endless stream. Markup,
 * event handlers and javascript: links in a reply: playground-chat.spec.ts (XSS payload).
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { openPlaygroundTab } from './playground-support'

type Page = import('@playwright/test').Page
const SLUG = 'glm-5-fp8'

test.beforeEach(async ({ page, devnet, wallet }) => {
  await openPlaygroundTab(page, devnet.info, wallet.account.address, 'chat', SLUG)
})

async function ask(page: Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

/** Typing into the message box is reflected within `ms` (the main thread is not stuck). */
async function expectResponsive(page: Page, ms: number) {
  const started = Date.now()
  await page.getByLabel('Message').fill('still responsive?')
  await expect(page.getByLabel('Message')).toHaveValue('still responsive?', { timeout: ms })
  expect(Date.now() - started).toBeLessThan(ms)
}

test('5 MB of streamed text is rendered as text and the page stays responsive', async ({
  page,
  devnet,
}) => {
  test.setTimeout(120_000)
  await devnet.knob('hostile-next-output', { slug: SLUG, kind: 'huge' })
  await ask(page, 'Flood me')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'huge devnet output line' })
  await expect(reply).toHaveCount(1, { timeout: 60_000 })
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
    {
      timeout: 60_000,
    },
  )
  await expectResponsive(page, 2000)
})

test('one 300 000-character line stays inside the page and it stays responsive', async ({
  page,
  devnet,
}) => {
  await devnet.knob('hostile-next-output', { slug: SLUG, kind: 'long-line' })
  await ask(page, 'One long line')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'LONGLINE' })
  await expect(reply).toHaveCount(1, { timeout: 30_000 })
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  // No horizontal page scroll: the line wraps or scrolls inside its own box.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(1)
  await expectResponsive(page, 2000)
})

test('invalid UTF-8 bytes are shown as replacement characters and still verify', async ({
  page,
  devnet,
}) => {
  await devnet.knob('hostile-next-output', { slug: SLUG, kind: 'invalid-utf8' })
  await ask(page, 'Broken bytes')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'Bytes that are not UTF-8' })
  await expect(reply).toContainText('�')
  await expect(reply).toContainText('and the reply goes on after them.')
  // The signature covers the raw bytes received, not the decoded text.
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expectResponsive(page, 2000)
})

test('Stop ends an endless stream: the partial reply is kept, not verifiable, not billed', async ({
  page,
  devnet,
}) => {
  await devnet.knob('endless-next-stream', { slug: SLUG })
  await ask(page, 'Never stop talking')
  await expect(page.getByTestId(TestId.ChatStreaming)).toContainText('and on and on')
  await page.getByRole('button', { name: 'Stop' }).click()
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'and on and on' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'not-verifiable',
  )
  const toggle = reply.getByTestId(TestId.VerificationBadge).getByRole('button')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(reply).toContainText('Stopped before the end')
  await expect(page.getByTestId(TestId.ChatStreaming)).toHaveCount(0)
  await expectResponsive(page, 2000)
  const unsettled = async () => {
    const { entries } = await devnet.unsettled()
    return entries.filter((e) => e.slug === SLUG).map((e) => [e.servedRequests, e.inFlight])
  }
  // The server saw the client go away: nothing served, nothing in flight.
  await expect.poll(unsettled).toEqual([[0, '0']])
})
