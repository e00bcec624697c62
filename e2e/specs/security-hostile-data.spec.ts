/**
 * Malicious on-chain data (docs/security.md): absurd prices (0 and 2^256 − 1 neuron per token)
 * render compactly (every digit on hover), without NaN, Infinity or overflow, in the catalog, the
 * service page and its estimator, the compare page and the playground; a service URL with credentials or a non-http
 * scheme is never called: the chat says why up front and cannot send (no token signature), and
 * side by side the guarded call path refuses it while the good service answers; the image, edit
 * and speech tabs say so up front and cannot send either; nothing reaches the bad URL.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'
import { registerService } from './service-chain'

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
    url: `http://user:secret@127.0.0.1:${providerPort}/creds-canary`,
    model: 'creds-model',
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: MAX,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  const ftp = await registerService(devnet.client, 4, {
    serviceType: 'chatbot',
    url: `ftp://127.0.0.1:${providerPort}/ftp-canary`,
    model: 'ftp-model',
    verifiability: 'TeeML',
    inputPrice: MAX,
    outputPrice: 0n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'])
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const sent: string[] = []
  page.on('request', (r) => {
    if (/canary|secret|^ftp:/.test(r.url())) sent.push(r.url())
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
  // 2^256−1 neuron per token × 1M tokens: compact, rounded up, and to the last digit on hover
  // (no float).
  await expect(row.getByRole('cell').nth(4)).toHaveText('≈ 1.16 × 10⁶⁵ 0G / 1M tokens')
  await expect(row.getByRole('cell').nth(4).locator('[title]')).toHaveAttribute(
    'title',
    `${(MAX * 1_000_000n) / 10n ** 18n}.${((MAX * 1_000_000n) % 10n ** 18n).toString().padStart(18, '0').replace(/0+$/, '')} 0G / 1M tokens`,
  )
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

  // The chat says so up front and cannot send; nothing asks the wallet for a token.
  await page.goto(`/#/playground?tab=chat&provider=${withCreds}`)
  await connectWallet(page)
  await sane()
  await page.getByLabel('Message').fill('Do not send me')
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled()
  await expect(
    page.getByText('This service cannot be used: its URL contains a user name or password.'),
  ).toBeVisible()
  await page.getByLabel('Service', { exact: true }).selectOption(ftp)
  await expect(
    page.getByText('This service cannot be used: its URL uses ftp: instead of http(s).'),
  ).toBeVisible()
  expect(wallet.requests.filter((m) => m === 'personal_sign')).toEqual([])

  // Side by side calls through the same guarded path: the bad service is refused, the good one answers.
  await page.goto('/#/playground?tab=compare')
  await page.getByLabel('creds-model').check()
  await page.getByLabel('GLM-5-FP8').check()
  await page.getByLabel('Prompt for all').fill('One of you must refuse')
  await page.getByRole('button', { name: 'Run side by side' }).click()
  await expect(page.getByRole('region', { name: 'creds-model' }).getByRole('alert')).toHaveText(
    'This service cannot be used',
  )
  await expect(
    page.getByRole('region', { name: 'GLM-5-FP8' }).getByTestId(TestId.VerificationBadge),
  ).toHaveAttribute('data-status', 'verified')

  expect(sent).toEqual([])
  expect(errors).toEqual([])
})

test('the image, edit and speech tabs say up front that a service URL is unusable, and cannot send', async ({
  page,
  devnet,
}) => {
  const providerPort = new URL(devnet.info.providers[0]!.url).port
  const base = {
    verifiability: 'TeeML',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  }
  const image = await registerService(devnet.client, 6, {
    ...base,
    serviceType: 'text-to-image',
    url: `ftp://127.0.0.1:${providerPort}/ftp-canary`,
    model: 'ftp-image',
  })
  const edit = await registerService(devnet.client, 7, {
    ...base,
    serviceType: 'image-editing',
    url: `http://user:secret@127.0.0.1:${providerPort}/creds-canary`,
    model: 'creds-edit',
  })
  const speech = await registerService(devnet.client, 8, {
    ...base,
    serviceType: 'speech-to-text',
    url: 'not a url',
    model: 'broken-speech',
  })
  const sent: string[] = []
  page.on('request', (r) => {
    if (/canary|secret|^ftp:|not%20a%20url/.test(r.url())) sent.push(r.url())
  })

  await page.goto(`/#/playground?tab=image&provider=${image}`)
  await connectWallet(page)
  await expect(page.getByRole('note')).toHaveText(
    'This service cannot be used: its URL uses ftp: instead of http(s). Pick another service.',
  )
  await page.getByLabel('Prompt').fill('a red square')
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled()
  // Picking a usable service clears the note and enables sending.
  await page
    .getByLabel('Service', { exact: true })
    .selectOption(providerOf(devnet.info, 'z-image').address)
  await expect(page.getByRole('note')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Generate' })).toBeEnabled()

  await page.goto(`/#/playground?tab=edit&provider=${edit}`)
  await expect(page.getByRole('note')).toHaveText(
    'This service cannot be used: its URL contains a user name or password. Pick another service.',
  )
  await expect(page.getByRole('button', { name: 'Edit image' })).toBeDisabled()

  await page.goto(`/#/playground?tab=speech&provider=${speech}`)
  await expect(page.getByRole('note')).toHaveText(
    'This service cannot be used: its URL is not a valid absolute URL. Pick another service.',
  )
  await expect(page.getByRole('button', { name: 'Transcribe' })).toBeDisabled()
  expect(sent).toEqual([])
})

test('a service URL with a query or fragment is refused up front: nothing reaches the address it chose', async ({
  page,
  devnet,
  wallet,
}) => {
  const providerPort = new URL(devnet.info.providers[0]!.url).port
  const base = {
    serviceType: 'chatbot',
    verifiability: 'TeeML',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  }
  // With a trailing `?`, `{url}/v1/proxy/chat/completions` would be a query of the chosen path.
  const query = await registerService(devnet.client, 3, {
    ...base,
    url: `http://127.0.0.1:${providerPort}/query-canary?`,
    model: 'query-model',
  })
  const fragment = await registerService(devnet.client, 4, {
    ...base,
    url: `http://127.0.0.1:${providerPort}/fragment-canary#`,
    model: 'fragment-model',
  })
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'])
  const sent: string[] = []
  page.on('request', (r) => {
    if (/canary/.test(r.url())) sent.push(r.url())
  })
  const refusal =
    'This service cannot be used: its URL contains a query (?) or fragment (#), which would let it choose the exact address called.'

  await page.goto(`/#/services/${query}`)
  await expect(page.getByRole('region', { name: 'Service' })).toContainText(
    'unusable (its URL contains a query (?) or fragment (#)',
  )
  await expect(page.getByRole('region', { name: 'Build' })).toContainText(
    'This service cannot be called (its URL contains a query (?) or fragment (#)',
  )
  await expect(page.locator('a[href*="canary"]')).toHaveCount(0)

  await page.goto(`/#/playground?tab=chat&provider=${query}`)
  await connectWallet(page)
  await page.getByLabel('Message').fill('Do not send me')
  await expect(page.getByText(refusal)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled()
  await page.getByLabel('Service', { exact: true }).selectOption(fragment)
  await expect(page.getByText(refusal)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled()
  await expect(page.getByLabel('Message')).toHaveValue('Do not send me')

  // Side by side goes through the same guard: refused, while a good service answers.
  await page.goto('/#/playground?tab=compare')
  await page.getByLabel('query-model').check()
  await page.getByLabel('GLM-5-FP8').check()
  await page.getByLabel('Prompt for all').fill('One of you must refuse')
  await page.getByRole('button', { name: 'Run side by side' }).click()
  await expect(page.getByRole('region', { name: 'query-model' }).getByRole('alert')).toHaveText(
    'This service cannot be used',
  )
  await expect(
    page.getByRole('region', { name: 'GLM-5-FP8' }).getByTestId(TestId.VerificationBadge),
  ).toHaveAttribute('data-status', 'verified')

  expect(wallet.requests.filter((m) => m === 'personal_sign').length).toBeLessThanOrEqual(1)
  expect(sent).toEqual([])
})
