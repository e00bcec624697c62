/**
 * Funding where the user is (#14): a connected wallet without a ledger that opens a service's Chat
 * gets one guided flow in place (create the ledger ≥ 3 0G → fund this provider ≥ 1 0G → ready),
 * each step with its live state, through the one transaction flow; with a ledger but no funds for
 * this provider only the transfer step. The Playground's default service is the one clicked, else
 * one the user has funded, else the first.
 */
import { formatEther, parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { createLedger, readLedger, readSubAccount } from './account-helpers'
import { fundUser, providerOf } from './playground-support'

type Page = import('@playwright/test').Page

const guide = (page: Page) => page.getByRole('region', { name: 'Get ready to use this service' })
const step = (page: Page, title: string) =>
  guide(page).getByRole('listitem', { name: new RegExp(`^Step \\d: ${title}$`) })

test('no ledger: Chat on a row → create the ledger → fund this provider → the chat is ready', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = providerOf(devnet.info, 'deepseek-chat-v3-0324')
  expect(await readLedger(devnet.client)).toBeNull()
  await page.goto('/#/?view=provider')
  await connectWallet(page)
  await page
    .locator(`[data-provider="${p.address}"]`)
    .getByRole('link', { name: /^Chat:/ })
    .click()
  await expect(page.getByLabel('Service', { exact: true })).toHaveValue(p.address)

  await expect(step(page, 'Create your ledger')).toHaveAttribute('data-state', 'active')
  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'waiting')
  await expect(step(page, 'Ready')).toHaveAttribute('data-state', 'waiting')
  const create = guide(page).getByRole('form', { name: 'Create ledger' })
  // The contract's minimum is said before any wallet opens.
  await create.getByLabel('First deposit (0G)').fill('2')
  await expect(create.getByRole('alert')).toHaveText('A new ledger needs at least 3 0G.')
  await expect(create.getByRole('button', { name: 'Create ledger' })).toBeDisabled()
  await create.getByLabel('First deposit (0G)').fill('3')
  await create.getByRole('button', { name: 'Create ledger' }).click()
  await expect(step(page, 'Create your ledger')).toHaveAttribute('data-state', 'done')
  await expect(step(page, 'Create your ledger').getByTestId(TestId.TxStatus)).toHaveAttribute(
    'data-phase',
    'confirmed',
  )
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('3'))

  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'active')
  const fund = guide(page).getByRole('form', { name: 'Fund this provider' })
  await fund.getByLabel('Transfer from your ledger (0G)').fill('0.5')
  await expect(fund.getByRole('alert')).toHaveText(
    'A first transfer to a provider needs at least 1 0G.',
  )
  await fund.getByLabel('Transfer from your ledger (0G)').fill('2')
  // Live state: the step is in progress while the wallet asks, then done.
  const prompt = wallet.holdNext('eth_sendTransaction')
  await fund.getByRole('button', { name: 'Transfer to this provider' }).click()
  await prompt.asked
  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'busy')
  await expect(fund.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirm')
  prompt.confirm()
  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'done')
  await expect(step(page, 'Fund this provider').getByTestId(TestId.TxStatus)).toHaveAttribute(
    'data-phase',
    'confirmed',
  )
  await expect(step(page, 'Ready')).toHaveAttribute('data-state', 'done')
  await expect(guide(page).getByRole('status').last()).toHaveText(
    'Ready: the chat is ready, send a prompt.',
  )
  expect((await readSubAccount(devnet.client, p.address))?.balance).toBe(parseEther('2'))
  await expect(page.getByText('Spendable with this provider: 2 0G')).toBeVisible()

  await page.getByLabel('Message').fill('Hello after funding')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})

test('a ledger but no funds for this provider: only the transfer step', async ({
  page,
  devnet,
}) => {
  const p = providerOf(devnet.info, 'z-image')
  await createLedger(devnet.client, '5')
  await page.goto(`/#/playground?tab=image&provider=${p.address}`)
  await connectWallet(page)
  await expect(guide(page).getByRole('status').first()).toHaveText(
    'You have no funds with this provider yet: move some from your ledger.',
  )
  await expect(step(page, 'Create your ledger')).toHaveCount(0)
  await expect(guide(page).getByRole('listitem')).toHaveCount(2)
  const fund = guide(page).getByRole('form', { name: 'Fund this provider' })
  await expect(fund).toContainText('5 0G available')
  // More than the ledger holds is refused before the wallet.
  await fund.getByLabel('Transfer from your ledger (0G)').fill('6')
  await expect(fund.getByRole('alert')).toContainText('more than the available ledger balance')
  await fund.getByLabel('Transfer from your ledger (0G)').fill('2.5')
  await fund.getByRole('button', { name: 'Transfer to this provider' }).click()
  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'done')
  await expect(guide(page).getByRole('status').last()).toHaveText(
    'Ready: describe an image to generate.',
  )
  expect(formatEther((await readSubAccount(devnet.client, p.address))!.balance)).toBe('2.5')
})

test('default service: the clicked one, else one the user funded, else the first', async ({
  page,
  devnet,
  wallet,
}) => {
  const funded = providerOf(devnet.info, 'qwen-2-5-7b-instruct')
  const clicked = providerOf(devnet.info, 'gpt-oss-120b')
  const picker = page.getByLabel('Service', { exact: true })

  // No ledger: the first chat service in registry order, with the guide for it.
  await page.goto('/#/playground?tab=chat')
  await connectWallet(page)
  const first = await picker.locator('option').first().getAttribute('value')
  expect(first).not.toBe(funded.address)
  await expect(picker).toHaveValue(first!)
  await expect(step(page, 'Create your ledger')).toBeVisible()

  // Funded a later one: the Playground opens on it, with no guide.
  await fundUser(devnet.info, wallet.account.address, ['qwen-2-5-7b-instruct'])
  await page.reload()
  await expect(picker).toHaveValue(funded.address)
  await expect(page.getByText('Spendable with this provider: 3 0G')).toBeVisible()
  await expect(guide(page)).toHaveCount(0)

  // A clicked service wins over the funded one.
  await page.goto(`/#/playground?tab=chat&provider=${clicked.address}`)
  await expect(picker).toHaveValue(clicked.address)
  await expect(step(page, 'Fund this provider')).toHaveAttribute('data-state', 'active')
  await expect(step(page, 'Create your ledger')).toHaveCount(0)
})
