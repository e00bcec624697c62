/**
 * API keys end to end: the wallet signs a persistent app-sk key on the service page (lowest free
 * token id, shown once), the key makes a request that succeeds, is revoked on chain through the
 * transaction flow, and then gets the broker's 400 once the provider's cached account expires; the
 * next key takes the next free id; "revoke all" bumps
 * the generation and kills the remaining key. A cancelled signature is neutral. Ledger and
 * sub-account setup goes through the chain directly.
 */
import type { Address } from 'viem'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { bearer, PROXY_ROUTE, proxyPath } from '../../src/lib/protocol/wire'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { addresses, fundSubAccount } from './service-chain'

async function chat(url: string, key: string) {
  const res = await fetch(`${url}${proxyPath(PROXY_ROUTE.chatbot)}`, {
    method: 'POST',
    headers: { authorization: bearer(key), 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'GLM-5-FP8', messages: [{ role: 'user', content: 'hi' }] }),
  })
  return { status: res.status, text: await res.text() }
}

test('create → use → revoke → 400, then revoke all', async ({ page, devnet, wallet }) => {
  const p = devnet.info.providers.find((x) => x.model === 'GLM-5-FP8')!
  const provider = p.address as Address
  await fundSubAccount(devnet.client, provider)
  const account = () =>
    devnet.client.readContract({
      address: addresses.inference,
      abi: inferenceServingAbi,
      functionName: 'getAccount',
      args: [wallet.account.address, provider],
    })

  await page.goto(`/#/services/${provider}`)
  await connectWallet(page)
  const section = page.getByRole('region', { name: 'API keys' })
  await section.getByLabel('Label').fill('ci script')
  await section.getByRole('button', { name: 'Create API key' }).click()
  const reveal = section.getByLabel('New API key')
  await expect(reveal).toHaveText(/^app-sk-/)
  await expect(section).toContainText('API key 0 created')
  const key0 = (await reveal.textContent())!
  expect(wallet.requests).toContain('personal_sign')

  const ok = await chat(p.url, key0)
  expect(ok.status).toBe(200)
  expect(ok.text).toContain('Hello from the 0G devnet responder')

  await section.getByRole('button', { name: 'Done' }).click()
  await expect(reveal).toHaveCount(0)
  const keys = section.getByRole('table', { name: 'API keys' })
  await expect(keys.getByRole('row')).toHaveCount(2)
  await expect(keys.getByRole('row').nth(1)).toContainText('ci script')
  await expect(keys.getByRole('row').nth(1)).toContainText('Never')
  await expect(keys.getByRole('row').nth(1)).toContainText('Active')

  await keys.getByRole('button', { name: 'Revoke key 0' }).click()
  await expect(section.getByTestId(TestId.TxStatus)).toContainText('Confirmed')
  await expect.poll(async () => (await account()).revokedBitmap & 1n).toBe(1n)
  await expect(keys.getByRole('row').nth(1)).toContainText('Revoked')
  // The provider sees it when its cached account expires (live: up to 10 minutes).
  await devnet.knob('account-cache', { flush: true })
  const denied = await chat(p.url, key0)
  expect(denied.status).toBe(400)
  expect(JSON.parse(denied.text)).toEqual({
    error: 'validate session: session token has been revoked',
  })

  // The next key skips the revoked id 0; it works until "revoke all" bumps the generation.
  await section.getByLabel('Expiry').selectOption({ label: '7 days' })
  await section.getByRole('button', { name: 'Create API key' }).click()
  await expect(section).toContainText('API key 1 created')
  const key1 = (await section.getByLabel('New API key').textContent())!
  expect((await chat(p.url, key1)).status).toBe(200)
  await section.getByRole('button', { name: 'Done' }).click()
  const generation = (await account()).generation
  await section.getByRole('button', { name: 'Revoke all keys' }).click()
  await expect(section.getByTestId(TestId.TxStatus)).toContainText('Confirmed')
  await expect.poll(async () => (await account()).generation).toBe(generation + 1n)
  await expect(keys.getByRole('row').nth(2)).toContainText('Revoked (all keys)')
  await devnet.knob('account-cache', { flush: true })
  const after = await chat(p.url, key1)
  expect(after.status).toBe(400)
  expect(after.text).toContain('session token has been revoked (generation expired)')
})

test('a cancelled signature creates no key', async ({ page, devnet, wallet }) => {
  const p = devnet.info.providers.find((x) => x.model === 'GLM-5-FP8')!
  await fundSubAccount(devnet.client, p.address as Address)
  await page.goto(`/#/services/${p.address}`)
  await connectWallet(page)
  const section = page.getByRole('region', { name: 'API keys' })
  wallet.rejectNext('personal_sign')
  await section.getByRole('button', { name: 'Create API key' }).click()
  await expect(section.getByRole('status')).toContainText('Cancelled in wallet')
  await expect(section).toContainText('No keys created in this browser yet.')
})

test('without a sub-account the page says to fund the provider first', async ({
  page,
  devnet,
  wallet: _injected,
}) => {
  const p = devnet.info.providers.find((x) => x.model === 'z-image')!
  await page.goto(`/#/services/${p.address}`)
  await connectWallet(page)
  await expect(page.getByRole('region', { name: 'API keys' })).toContainText(
    'no sub-account with this provider yet',
  )
})
