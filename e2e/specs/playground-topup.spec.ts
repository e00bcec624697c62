/**
 * Funding in place: with a ledger but no sub-account for the chosen provider, sending says so and
 * offers the transfer right there; after the transfer (the one tx flow) a retry sends the kept
 * prompt and the reply verifies. Not covered: the Account page's own transfer UI.
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { expectVerified, fundUser, openTab, providerOf, sendVerified } from './playground-support'

type Page = import('@playwright/test').Page
type Locator = import('@playwright/test').Locator

/** Sends `message` in the open Chat tab; returns the refusal, checked to be of `kind`. */
async function sendRefused(page: Page, message: string, kind: string) {
  await page.getByLabel('Message').fill(message)
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toHaveAttribute('data-kind', kind)
  return alert
}

/** Tops up from the refusal `alert` (one transfer), runs `afterTopUp`, retries: the reply verifies. */
async function topUpAndRetry(page: Page, alert: Locator, afterTopUp?: () => Promise<void>) {
  await alert.getByRole('button', { name: 'Transfer to this provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  await afterTopUp?.()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expectVerified(page)
}

test('no sub-account → transfer in place → retry keeps the prompt and verifies', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = providerOf(devnet.info, 'deepseek-chat-v3-0324')
  await fundUser(devnet.info, wallet.account.address, [])
  await openTab(page, devnet.info, 'chat', 'deepseek-chat-v3-0324')
  // Said before anything is sent: the sub-account is read from chain.
  await expect(
    page.getByRole('status').filter({ hasText: 'no funds with this provider yet' }),
  ).toBeVisible()
  const alert = await sendRefused(page, 'Fund me first', 'no-sub-account')
  await expect(alert).toContainText('No funds with this provider yet')
  await topUpAndRetry(page, alert, async () => {
    expect((await devnet.user.readSubAccount(p.address))?.balance).toBe(parseEther('2'))
    await expect(page.getByLabel('Message')).toHaveValue('Fund me first')
    await expect(page.getByText('Spendable with this provider: 2 0G')).toBeVisible()
  })
})

test('a sub-account at the 1 0G minimum is too low: said up front, the broker’s refusal explained, top-up fixes it', async ({
  page,
  devnet,
  wallet,
}) => {
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'], '1')
  await openTab(page, devnet.info, 'chat', 'glm-5-fp8')
  await expect(
    page.getByRole('status').filter({ hasText: 'Only 1 0G can still be spent with this provider' }),
  ).toBeVisible()
  const alert = await sendRefused(page, 'Am I too poor?', 'low-balance')
  await expect(alert).toContainText('Not enough funds with this provider')
  await topUpAndRetry(page, alert)
})

test('a sub-account not acknowledged → acknowledge in place (one tx) → retry keeps the prompt and verifies', async ({
  page,
  devnet,
  wallet,
}) => {
  const slug = 'deepseek-chat-v3-0324'
  const p = providerOf(devnet.info, slug)
  await fundUser(devnet.info, wallet.account.address, [slug], '1')
  // The contract un-acknowledges only an empty sub-account (retrieve, refund lock passed, collect).
  await devnet.user.unacknowledge(p.address)
  const acknowledged = async () => (await devnet.user.subAccount(p.address)).acknowledged
  expect(await acknowledged()).toBe(false)
  await openTab(page, devnet.info, 'chat', slug)
  // The broker's 400 "user not acknowledge the provider", explained with the fix in place.
  const alert = await sendRefused(page, 'Acknowledge me first', 'not-acknowledged')
  await expect(alert).toContainText('Acknowledge this provider first')
  await expect(alert).toContainText('acknowledge its TEE signer')
  await alert.getByRole('button', { name: 'Acknowledge provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  expect(await acknowledged()).toBe(true)
  await expect(page.getByLabel('Message')).toHaveValue('Acknowledge me first')
  // Acknowledged; the emptied sub-account now meets the balance rule, fixed in place too.
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toHaveAttribute('data-kind', 'low-balance')
  await topUpAndRetry(page, alert)
})

test('what can still be spent drops with each paid response; session spend shows on every tab', async ({
  page,
  devnet,
  wallet,
}) => {
  const slug = 'deepseek-chat-v3-0324'
  await fundUser(devnet.info, wallet.account.address, [slug], '3')
  await openTab(page, devnet.info, 'chat', slug)
  await expect(page.getByText('Spendable with this provider: 3 0G')).toBeVisible()
  await sendVerified(page, 'What does this cost?')
  // Nothing is settled yet: the chain still says 3 0G, the provider reports the unsettled fee.
  const breakdown = page.getByTestId('spendable-breakdown')
  await expect(breakdown).toContainText('3 0G on chain − ')
  await expect(breakdown).toContainText("not settled yet, the provider's figure")
  const spendable = page.getByText(/^Spendable with this provider: /)
  await expect(spendable).not.toHaveText('Spendable with this provider: 3 0G')
  const spent = (await page.getByTestId(TestId.SessionSpend).textContent())!.match(
    /([\d.]+) 0G/,
  )![1]
  const left = (await spendable.textContent())!.match(/([\d.]+) 0G/)![1]
  expect(parseEther(left!) + parseEther(spent!)).toBe(parseEther('3'))
  for (const tab of ['Image editing', 'Speech to text']) {
    await page.getByRole('tab', { name: tab }).click()
    await expect(page.getByTestId(TestId.SessionSpend)).toHaveText(`Session spend: ${spent} 0G`)
  }
})
