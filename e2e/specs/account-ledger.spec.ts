/**
 * Account: the ledger lifecycle through the UI against the real contracts — create (with every
 * validation message before the wallet opens), deposit, refund (remainder rule, closing the
 * ledger), deleting a ledger spent to 0, a wallet rejection, and a revert decoded into plain words. Chain state is asserted.
 * Not covered here: sub-accounts and retrieve (account-providers.spec.ts), the tx-flow edge cases
 * (account-tx-flow.spec.ts), history and planner (their own specs).
 */
import { parseEther } from 'viem'
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { createLedger, deposit, openAccountPage, readLedger, transfer } from './account-helpers'

test.beforeEach(async ({ page }) => {
  await openAccountPage(page)
})

test('create: each validation message next to the field, then a real ledger', async ({
  page,
  devnet,
  wallet,
}) => {
  const form = page.getByRole('form', { name: 'Create ledger' })
  const field = form.getByLabel('First deposit')
  const submit = form.getByRole('button', { name: 'Create ledger' })
  const cases: [string, RegExp][] = [
    ['', /enter an amount/i],
    ['abc', /enter a number/i],
    ['-1', /cannot be negative/i],
    ['0', /greater than zero/i],
    ['1.0000000000000000001', /at most 18 digits/i],
    ['2.999999999999999999', /a new ledger needs at least 3 0G/i],
    ['100000', /more than your wallet balance/i],
    // Separators inside an amount are refused, never silently removed ("1 5" is not 15).
    ['1 5', /no spaces, commas or underscores/i],
    ['1_5', /no spaces, commas or underscores/i],
    ['1,500', /no spaces, commas or underscores/i],
    ['1\u00a0000', /no spaces, commas or underscores/i],
  ]
  for (const [input, message] of cases) {
    await field.fill(input)
    await submit.click()
    await expect(form.getByRole('alert')).toHaveText(message)
    await expect(field).toHaveAttribute('aria-invalid', 'true')
  }
  expect(wallet.requests).not.toContain('eth_sendTransaction')
  expect(await readLedger(devnet.client)).toBeNull()

  // Only the ends are trimmed, and the exact reading shows before the wallet opens.
  await field.fill(' 3.5\u00a0')
  await expect(form.getByTestId(TestId.AmountReading)).toHaveText('Reads as 3.5 0G')
  await submit.click()
  // Once mined, the create form gives way to the ledger (it may do so before its own status shows
  // "confirmed", which is why the toast is what announces it).
  await expect(page.getByText('Confirmed: Create ledger with 3.5 0G')).toBeVisible()
  expect(await readLedger(devnet.client)).toEqual({
    total: parseEther('3.5'),
    available: parseEther('3.5'),
  })
  await expect(page.getByLabel('Ledger total')).toHaveText('3.5 0G')
})

test('deposit adds the exact amount', async ({ page, devnet }) => {
  await createLedger(devnet.client, '3')
  await page.reload()
  const form = page.getByRole('form', { name: 'Deposit' })
  await form.getByLabel('Deposit amount').fill('1.000000000000000001')
  await form.getByRole('button', { name: 'Deposit' }).click()
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('4') + 1n)
  await expect(page.getByLabel('Available', { exact: true })).toHaveText('4.000000000000000001 0G')
})

test('refund: remainder rule, then refunding everything closes the ledger', async ({
  page,
  devnet,
}) => {
  await createLedger(devnet.client, '5')
  await page.reload()
  const form = page.getByRole('form', { name: 'Refund to wallet' })
  const field = form.getByLabel('Refund amount')
  const submit = form.getByRole('button', { name: 'Refund to wallet' })
  await field.fill('3')
  await submit.click()
  await expect(form.getByRole('alert')).toHaveText(/leave 0 or at least 3 0G/)
  await field.fill('6')
  await submit.click()
  await expect(form.getByRole('alert')).toHaveText(/more than the available ledger balance/)

  await field.fill('2')
  await submit.click()
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(/confirmed/i)
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('3'))

  await form.getByRole('button', { name: 'All available' }).click()
  await expect(form.getByRole('note')).toHaveText(/closes your ledger/)
  await submit.click()
  await expect.poll(() => readLedger(devnet.client)).toBeNull()
  await expect(page.getByRole('form', { name: 'Create ledger' })).toBeVisible()
})

test('delete is disabled with the reason while the ledger holds funds', async ({
  page,
  devnet,
}) => {
  await createLedger(devnet.client, '3')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Delete ledger' })).toBeDisabled()
  await expect(page.getByText('Only an empty ledger can be deleted.')).toBeVisible()
})

test('an emptied ledger (everything spent on fees) can be deleted', async ({
  page,
  devnet,
  wallet,
}) => {
  const glm = devnet.info.providers.find((p) => p.slug === 'glm-5-fp8')!
  await createLedger(devnet.client, '3')
  await transfer(devnet.client, glm.address, '3')
  // The provider meters exactly 3 0G of usage and settles it: the ledger is spent to 0.
  await devnet.knob('charge', {
    slug: glm.slug,
    user: wallet.account.address,
    amount: parseEther('3').toString(),
  })
  await devnet.settle(glm.slug)
  expect(await readLedger(devnet.client)).toEqual({ total: 0n, available: 0n })

  await page.reload()
  await expect(page.getByLabel('Ledger total')).toHaveText('0 0G')
  await expect(page.getByText('Only an empty ledger can be deleted.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Delete ledger' }).click()
  await expect(page.getByRole('button', { name: 'Create ledger' })).toBeVisible()
  expect(await readLedger(devnet.client)).toBeNull()
})

test('a wallet rejection is neutral and changes nothing', async ({ page, devnet, wallet }) => {
  const form = page.getByRole('form', { name: 'Create ledger' })
  await form.getByLabel('First deposit').fill('3')
  wallet.rejectNext('eth_sendTransaction')
  await form.getByRole('button', { name: 'Create ledger' }).click()
  const status = form.getByTestId(TestId.TxStatus)
  await expect(status).toHaveText(/cancelled in wallet/i)
  await expect(status).toHaveAttribute('role', 'status')
  await expect(status).toHaveAttribute('data-phase', 'cancelled')
  expect(await readLedger(devnet.client)).toBeNull()
})

test('a revert is decoded into plain words before the wallet opens', async ({
  page,
  devnet,
  wallet,
}) => {
  const form = page.getByRole('form', { name: 'Create ledger' })
  await form.getByLabel('First deposit').fill('3')
  // Another tab (here: the test) creates the ledger first; the page still offers "Create".
  await createLedger(devnet.client, '4')
  await form.getByRole('button', { name: 'Create ledger' }).click()
  await expect(form.getByTestId(TestId.TxStatus)).toHaveText(
    /would revert: you already have a ledger on this network/i,
  )
  expect(wallet.requests).not.toContain('eth_sendTransaction')
  expect((await readLedger(devnet.client))?.total).toBe(parseEther('4'))
})

test('on a wrong network the data stays and actions are disabled with the reason', async ({
  page,
  devnet,
  wallet,
}) => {
  await createLedger(devnet.client, '3')
  await page.reload()
  await expect(page.getByLabel('Ledger total')).toHaveText('3 0G')
  await wallet.setChain(1)
  const form = page.getByRole('form', { name: 'Deposit' })
  await expect(form.getByRole('button', { name: 'Deposit' })).toBeDisabled()
  await expect(form).toContainText('Switch your wallet to a supported network to continue.')
  await wallet.setChain(31337)
  await expect(form.getByRole('button', { name: 'Deposit' })).toBeEnabled()
})

test('a change made by another client shows on focus, on the next block and on Refresh', async ({
  page,
  devnet,
}) => {
  await createLedger(devnet.client, '3')
  await page.reload()
  const total = page.getByLabel('Ledger total')
  await expect(total).toHaveText('3 0G')
  await deposit(devnet.client, '2') // e.g. the 0G CLI on the same account
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(total).toHaveText('5 0G', { timeout: 3_000 })
  // No focus, no click: the page sees the newer block on its next block-number poll.
  await deposit(devnet.client, '1')
  await expect(total).toHaveText('6 0G', { timeout: 15_000 })
  const balances = page.getByRole('region', { name: 'Balances' })
  const block = Number((await balances.getByRole('status').textContent())?.match(/\d+/)?.[0])
  await deposit(devnet.client, '1')
  await balances.getByRole('button', { name: 'Refresh' }).click()
  await expect(total).toHaveText('7 0G', { timeout: 3_000 })
  await expect(balances.getByRole('status')).toHaveText(`Read at block ${block + 1}`)
})
