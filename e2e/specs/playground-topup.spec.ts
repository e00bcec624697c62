/**
 * Funding in place: with a ledger but no sub-account for the chosen provider, sending says so and
 * offers the transfer right there; after the transfer (the one tx flow) a retry sends the kept
 * prompt and the reply verifies. Not covered: the Account page's own transfer UI.
 */
import { parseEther } from 'viem'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

test('no sub-account → transfer in place → retry keeps the prompt and verifies', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = providerOf(devnet.info, 'deepseek-chat-v3-0324')
  await fundUser(devnet.info, wallet.account.address, [])
  await page.goto(`/#/playground?tab=chat&provider=${p.address}`)
  await connectWallet(page)
  // Said before anything is sent: the sub-account is read from chain.
  await expect(
    page.getByRole('status').filter({ hasText: 'no funds with this provider yet' }),
  ).toBeVisible()
  await page.getByLabel('Message').fill('Fund me first')
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toHaveAttribute('data-kind', 'no-sub-account')
  await expect(alert).toContainText('No funds with this provider yet')
  await alert.getByRole('button', { name: 'Transfer to this provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  const account = await devnet.client.readContract({
    address: devnet.info.contracts.inference,
    abi: inferenceServingAbi,
    functionName: 'getAccount',
    args: [wallet.account.address, p.address],
  })
  expect(account.balance).toBe(parseEther('2'))
  await expect(page.getByLabel('Message')).toHaveValue('Fund me first')
  await expect(page.getByText('Spendable with this provider: 2 0G')).toBeVisible()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})

test('a sub-account at the 1 0G minimum is too low: said up front, the broker’s refusal explained, top-up fixes it', async ({
  page,
  devnet,
  wallet,
}) => {
  const p = providerOf(devnet.info, 'glm-5-fp8')
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'], '1')
  await page.goto(`/#/playground?tab=chat&provider=${p.address}`)
  await connectWallet(page)
  await expect(
    page.getByRole('status').filter({ hasText: 'Only 1 0G can still be spent with this provider' }),
  ).toBeVisible()
  await page.getByLabel('Message').fill('Am I too poor?')
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId(TestId.PlaygroundError)
  await expect(alert).toHaveAttribute('data-kind', 'low-balance')
  await expect(alert).toContainText('Not enough funds with this provider')
  await alert.getByRole('button', { name: 'Transfer to this provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
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
  const read = () =>
    devnet.client.readContract({
      address: devnet.info.contracts.inference,
      abi: inferenceServingAbi,
      functionName: 'getAccount',
      args: [wallet.account.address, p.address],
    })
  expect((await read()).acknowledged).toBe(false)
  await page.goto(`/#/playground?tab=chat&provider=${p.address}`)
  await connectWallet(page)
  await page.getByLabel('Message').fill('Acknowledge me first')
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId(TestId.PlaygroundError)
  // The broker's 400 "user not acknowledge the provider", explained with the fix in place.
  await expect(alert).toHaveAttribute('data-kind', 'not-acknowledged')
  await expect(alert).toContainText('Acknowledge this provider first')
  await expect(alert).toContainText('acknowledge its TEE signer')
  await alert.getByRole('button', { name: 'Acknowledge provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  expect((await read()).acknowledged).toBe(true)
  await expect(page.getByLabel('Message')).toHaveValue('Acknowledge me first')
  // Acknowledged; the emptied sub-account now meets the balance rule, fixed in place too.
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toHaveAttribute('data-kind', 'low-balance')
  await alert.getByRole('button', { name: 'Transfer to this provider' }).click()
  await expect(alert.getByTestId(TestId.TxStatus)).toHaveAttribute('data-phase', 'confirmed')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
})

test('what can still be spent drops with each paid response; session spend shows on every tab', async ({
  page,
  devnet,
  wallet,
}) => {
  const slug = 'deepseek-chat-v3-0324'
  await fundUser(devnet.info, wallet.account.address, [slug], '3')
  const p = providerOf(devnet.info, slug)
  await page.goto(`/#/playground?tab=chat&provider=${p.address}`)
  await connectWallet(page)
  await expect(page.getByText('Spendable with this provider: 3 0G')).toBeVisible()
  await page.getByLabel('Message').fill('What does this cost?')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
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
