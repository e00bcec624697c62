/**
 * Malicious on-chain data (docs/security.md): absurd prices (0 and 2^256 − 1 neuron per token)
 * render exactly, without NaN, Infinity or overflow, in the catalog, the service page and its
 * estimator, the compare page and the playground; a service URL with credentials or a non-http
 * scheme is never called: the playground refuses with a message and sends nothing (no request,
 * no token signature).
 */
import { connectWallet, expect, test } from '../fixtures'
import { fundSubAccount, registerService } from './service-chain'

const MAX = 2n ** 256n - 1n
const SIGNER = '0x000000000000000000000000000000000000bEEF' as const

test('prices of 0 and 2^256−1 render exactly; URLs with credentials or other schemes are never used', async ({
  page,
  devnet,
  wallet,
}) => {
  const providerPort = new URL(devnet.info.providers[0]!.url).port
  const withCreds = await registerService(devnet.client, 3, {
    serviceType: 'chatbot',
    url: `http://user:secret@127.0.0.1:${providerPort}`,
    model: 'creds-model',
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: MAX,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  const ftp = await registerService(devnet.client, 4, {
    serviceType: 'chatbot',
    url: `ftp://127.0.0.1:${providerPort}/v1`,
    model: 'ftp-model',
    verifiability: 'TeeML',
    inputPrice: MAX,
    outputPrice: 0n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  await fundSubAccount(devnet.client, withCreds)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/v1/proxy/') || r.url().includes('user:') || r.url().startsWith('ftp:'))
      sent.push(r.url())
  })
  const sane = async () => {
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/NaN|Infinity|undefined/)
    expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth + 1)).toBe(true)
  }

  await page.goto('/#/?view=provider')
  const table = page.getByRole('table', { name: 'Services' })
  const row = table.locator(`[data-provider="${withCreds}"]`)
  await expect(row).toHaveCount(1)
  await expect(table.locator(`[data-provider="${ftp}"]`)).toHaveCount(1)
  // 2^256−1 neuron per token × 1M tokens, to the last digit (no float).
  await expect(row).toContainText(((MAX * 1_000_000n) / 10n ** 18n).toString().slice(0, 30))
  await expect(row.getByRole('link', { name: /user:secret/ })).toHaveCount(0)
  await sane()

  for (const p of [withCreds, ftp]) {
    await page.goto(`/#/services/${p}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Pricing' }).getByLabel('Estimated cost'),
    ).toContainText('0G')
    await expect(page.locator('a[href*="secret"], a[href^="ftp:"]')).toHaveCount(0)
    await sane()
  }

  await page.goto(`/#/compare?p=${withCreds},${ftp}`)
  await expect(page.getByText('creds-model').first()).toBeVisible()
  await sane()

  // The playground refuses before asking the wallet for a token or touching the network.
  await page.goto(`/#/playground?tab=chat&provider=${withCreds}`)
  await connectWallet(page)
  await sane()
  await page.getByLabel('Message').fill('Do not send me')
  await page.getByRole('button', { name: 'Send' }).click()
  const alert = page.getByTestId('playground-error')
  await expect(alert).toContainText('This service cannot be used')
  await expect(alert).toContainText(
    'its URL contains a user name or password. No request was sent.',
  )
  await expect(page.getByLabel('Message')).toHaveValue('Do not send me')

  await page.goto(`/#/playground?tab=chat&provider=${ftp}`)
  await page.reload()
  await page.getByLabel('Message').fill('Nor me')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByTestId('playground-error')).toContainText(
    'its URL uses ftp: instead of http(s)',
  )

  expect(wallet.requests.filter((m) => m === 'personal_sign')).toEqual([])
  expect(sent).toEqual([])
  expect(errors).toEqual([])
})
