/**
 * Chat parity with the official UI (issue #14 item 6) on the devnet: editing a sent message
 * resends from there (a new paid, verified exchange; the dropped replies' usage records stay),
 * Regenerate keeps the earlier reply reachable ("1/2") with its own paid record and verdict, the
 * cost estimate under the composer is billing.ts's `estimateFee` for the typed text, and speech
 * transcripts are listed in the history with their verdicts after a reload.
 */
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { estimateFee } from '../../src/lib/protocol/billing'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import {
  chooseTone,
  fundUser,
  providerOf,
  storedChats,
  storedUsageRecords,
  storedVerdicts,
} from './playground-support'
import { addresses } from './service-chain'

const SLUG = 'glm-5-fp8'
const SPEECH = 'whisper-large-v3'

test.beforeEach(async ({ page, devnet, wallet }) => {
  await fundUser(devnet.info, wallet.account.address, [SLUG, SPEECH])
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(devnet.info, SLUG).address}`)
  await connectWallet(page)
})

async function ask(page: import('@playwright/test').Page, text: string) {
  await page.getByRole('textbox', { name: 'Message' }).fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

const sum = (fees: string[]) => fees.reduce((n, f) => n + BigInt(f), 0n)

/** What the devnet provider metered for the test wallet (neuron), from its own books. */
async function metered(
  devnet: {
    unsettled: () => Promise<{ entries: { slug: string; user: string; unsettled: string }[] }>
  },
  user: string,
): Promise<bigint> {
  const { entries } = await devnet.unsettled()
  return sum(
    entries
      .filter((e) => e.slug === SLUG && e.user.toLowerCase() === user.toLowerCase())
      .map((e) => e.unsettled),
  )
}

test('edit a sent message: the chat is resent from there, verified; the dropped replies stay paid', async ({
  page,
  devnet,
  wallet,
}) => {
  const badges = page.getByTestId(TestId.VerificationBadge)
  await ask(page, 'First question')
  await expect(badges).toHaveAttribute('data-status', 'verified')
  await ask(page, 'Second question')
  await expect(badges).toHaveCount(2)
  await expect(badges.nth(1)).toHaveAttribute('data-status', 'verified')

  const first = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'First question' })
  await first.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Edit your message').fill('Edited first question')
  await page.getByRole('button', { name: 'Save and send' }).click()

  // The edited message and a new reply; the second question and both old replies are gone.
  const messages = page.getByTestId(TestId.ChatMessage)
  await expect(messages).toHaveCount(2)
  await expect(messages.first()).toContainText('Edited first question')
  await expect(page.getByText('Second question')).toHaveCount(0)
  await expect(badges).toHaveCount(1)
  await expect(badges).toHaveAttribute('data-status', 'verified')

  // Regenerate after the edit: one more paid exchange, its own verdict.
  await page.getByRole('button', { name: 'Regenerate' }).click()
  await expect(page.getByTestId(TestId.ReplyVersion)).toHaveText('2/2')
  await expect(badges).toHaveAttribute('data-status', 'verified')

  await expect
    .poll(async () => (await storedChats(page))[0]?.replies.map((r) => r.status))
    .toEqual(['verified', 'verified'])
  const [chat] = await storedChats(page)
  expect(chat!.messages.map((m) => [m.role, m.content.startsWith('Edited') || m.role])).toEqual([
    ['user', true],
    ['assistant', 'assistant'],
  ])
  // Four paid responses (two dropped by the edit, the edited answer, the regenerated one): each
  // kept its usage record, and together they are exactly what the provider metered.
  const usage = (await storedUsageRecords(page)).filter((r) => r.kind === 'chat')
  expect(usage).toHaveLength(4)
  expect(usage.every((r) => BigInt(r.fee) > 0n)).toBe(true)
  for (const r of chat!.replies) expect(usage.map((u) => u.id)).toContain(r.id)
  expect(await metered(devnet, wallet.account.address)).toBe(sum(usage.map((r) => r.fee)))
})

test('regenerate the last reply: two paid usage records, both verified, the earlier reply stays reachable', async ({
  page,
}) => {
  await ask(page, 'Answer me twice')
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  const badge = reply.getByTestId(TestId.VerificationBadge)
  await expect(badge).toHaveAttribute('data-status', 'verified')
  const firstCost = await reply.getByTestId(TestId.ResponseCost).textContent()

  await reply.getByRole('button', { name: 'Regenerate' }).click()
  const version = page.getByTestId(TestId.ReplyVersion)
  await expect(version).toHaveText('2/2')
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await expect(page.getByTestId(TestId.ChatMessage)).toHaveCount(2)

  await expect
    .poll(async () => (await storedChats(page))[0]?.replies.map((r) => r.status))
    .toEqual(['verified', 'verified'])
  const [chat] = await storedChats(page)
  const [newest, earlier] = chat!.replies
  expect(newest!.alternatives).toEqual([earlier!.id])
  const usage = (await storedUsageRecords(page)).filter((r) => r.kind === 'chat')
  expect(usage.map((r) => r.id).sort()).toEqual([newest!.id, earlier!.id].sort())
  expect(usage.find((r) => r.id === earlier!.id)?.fee).toBe(earlier!.fee)

  // After a reload the earlier reply is one click away, with its verdict, cost and receipt.
  await page.reload()
  await page
    .getByTestId(TestId.ConversationItem)
    .filter({ hasText: 'Answer me twice' })
    .getByRole('button')
    .first()
    .click()
  await expect(version).toHaveText('2/2')
  await page.getByRole('button', { name: 'Previous reply' }).click()
  await expect(version).toHaveText('1/2')
  await expect(badge).toHaveAttribute('data-status', 'verified')
  await expect(reply.getByTestId(TestId.ResponseCost)).toHaveText(firstCost!)
  await expect(reply.getByRole('button', { name: 'Export receipt' })).toBeVisible()
})

test('the cost estimate is billing.ts’s estimate for the typed text and bounds the fee charged', async ({
  page,
  devnet,
}) => {
  const service = await devnet.client.readContract({
    address: addresses.inference,
    abi: inferenceServingAbi,
    functionName: 'getService',
    args: [providerOf(devnet.info, SLUG).address],
  })
  const maxTokens = 16
  await page.locator('summary', { hasText: 'Settings' }).click()
  await page.getByLabel('Max tokens').fill(String(maxTokens))
  const text = 'How much will this exact message cost me?'
  await page.getByRole('textbox', { name: 'Message' }).fill(text)

  // The documented approximation: characters ÷ 4, rounded up; max tokens as the output allowance.
  const expected = (chars: number) =>
    estimateFee(service, {
      inputTokens: BigInt(Math.ceil(chars / 4)),
      outputTokens: BigInt(maxTokens),
      images: 0n,
      seconds: 0n,
    })
  const estimate = page.getByTestId(TestId.ChatEstimate)
  await expect(estimate).toHaveAttribute('data-neuron', expected(text.length).toString())
  await expect(estimate).toContainText('≈')
  await expect(estimate).toContainText('0G')
  await expect(estimate).toHaveAttribute('title', /characters ÷ 4, rounded up/)

  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  const [chat] = await storedChats(page)
  const charged = BigInt(chat!.replies[0]!.fee!)
  // The estimate counts the whole allowance: never below the fee, and of the same order.
  expect(charged).toBeGreaterThan(0n)
  expect(charged).toBeLessThanOrEqual(expected(text.length))
  expect(expected(text.length)).toBeLessThan(charged * 10n)

  // The next message's estimate counts the history (the question and the reply) too.
  const history = chat!.messages.reduce((n, m) => n + m.content.length, 0)
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('')
  await expect(estimate).toHaveAttribute('data-neuron', expected(history).toString())
})

test('transcripts are listed in the history with their verdicts, open after a reload and can be deleted', async ({
  page,
  devnet,
}) => {
  await page.goto(`/#/playground?tab=speech&provider=${providerOf(devnet.info, SPEECH).address}`)
  const shown = page.getByTestId(TestId.Transcript)
  const badge = page.getByTestId(TestId.VerificationBadge)
  await chooseTone(page, 1.5)
  await page.getByRole('button', { name: 'Transcribe' }).click()
  await expect(badge).toHaveAttribute('data-status', 'verified')
  // The second one's signature is tampered with: its verdict in the history is Invalid.
  await devnet.knob('tamper-next-signature', { slug: SPEECH })
  await chooseTone(page, 2.5)
  await page.getByRole('button', { name: 'Transcribe' }).click()
  await expect(shown).toContainText('2.50 seconds')
  await expect(badge).toHaveAttribute('data-status', 'invalid')
  await expect.poll(() => storedVerdicts(page, 'transcripts')).toHaveLength(2)

  await page.reload()
  const items = page.getByTestId(TestId.TranscriptItem)
  await expect(items).toHaveCount(2)
  // Newest first, each with its own verdict.
  await expect(items.nth(0).getByTestId(TestId.HistoryVerdict)).toHaveAttribute(
    'data-status',
    'invalid',
  )
  await expect(items.nth(1).getByTestId(TestId.HistoryVerdict)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await expect(shown).toContainText('2.50 seconds')
  await items
    .nth(1)
    .getByRole('button', { name: /^tone\.wav/ })
    .click()
  await expect(shown).toContainText('1.50 seconds')
  await expect(badge).toHaveAttribute('data-status', 'verified')

  await items
    .nth(1)
    .getByRole('button', { name: /^Delete transcript/ })
    .click()
  await expect(items).toHaveCount(1)
  await expect(shown).toContainText('2.50 seconds')
  await expect.poll(() => storedVerdicts(page, 'transcripts')).toEqual(['invalid'])
  await page.reload()
  await expect(items).toHaveCount(1)
})
