/**
 * Hostile on-chain services are inert: a service registered (100 0G stake) with markup in every
 * string, a `javascript:` URL and 10 000 characters of invalid JSON in additionalInfo, and another
 * with a 10 000-character model name, render as text in the catalog and on the service page. No
 * script runs, no link other than http(s) exists, nothing is fetched from the bad URL, the page
 * keeps working and its width.
 */
import { TestId } from '../../src/lib/test-ids'
import { expect, test } from '../fixtures'
import { registerService } from './service-chain'

const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`
// The contract caps additionalInfo (AdditionalInfoTooLong above 4 096 bytes); model has no cap.
const BAD_JSON = `{"tieredPricing": {"tiers": [${'x'.repeat(4_000)}`

test('markup, a javascript: URL and invalid or huge strings render as inert text', async ({
  page,
  devnet,
}) => {
  const evil = await registerService(devnet.client, 5, {
    serviceType: `<b>chatbot</b>`,
    url: `javascript:window.__pwned=3`,
    model: `${MARKUP} evil-model`,
    verifiability: `<i>TeeML</i>`,
    inputPrice: 1n,
    outputPrice: 10n ** 30n,
    additionalInfo: BAD_JSON,
    teeSignerAddress: '0x000000000000000000000000000000000000bEEF',
  })
  const long = await registerService(devnet.client, 4, {
    serviceType: 'chatbot',
    url: `http://127.0.0.1:1/"><script>window.__pwned=4</script>`,
    model: 'L'.repeat(10_000),
    verifiability: 'TeeML',
    inputPrice: 0n,
    outputPrice: 0n,
    additionalInfo: JSON.stringify({ note: MARKUP, pad: 'p'.repeat(3_000) }),
    teeSignerAddress: '0x000000000000000000000000000000000000bEEF',
  })
  const errors: string[] = []
  const dialogs: string[] = []
  const badRequests: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('http://localhost'))
      badRequests.push(r.url())
  })

  await page.goto('/#/?view=provider')
  const table = page.getByRole('table', { name: 'Services' })
  await expect(table.getByTestId(TestId.ServiceRow)).toHaveCount(11)
  const row = table.locator(`[data-provider="${evil}"]`)
  await expect(row.getByRole('rowheader')).toContainText(MARKUP)
  await expect(row.getByRole('cell').first()).toHaveText('<b>chatbot</b>')
  await expect(row.getByRole('cell').nth(1)).toHaveText('<i>TeeML</i>')
  // 10^30 neuron per token: 10^18 0G per 1M tokens, compact, every digit on hover
  await expect(row.getByRole('cell').nth(4)).toHaveText('1 × 10¹⁸ 0G / 1M tokens')
  await expect(row.getByRole('cell').nth(4).locator('[title]')).toHaveAttribute(
    'title',
    '1000000000000000000 0G / 1M tokens',
  )
  await expect(table.locator(`[data-provider="${long}"]`)).toHaveCount(1)
  await expect(
    page.locator('img[src="x"], b, i, script:not([src]):not(#first-screen-preview)'),
  ).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth + 1)).toBe(true)

  // The service page of the hostile service.
  await page.goto(`/#/services/${evil}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${MARKUP} evil-model`)
  const facts = page.getByRole('region', { name: 'Service' })
  await expect(facts).toContainText('javascript:window.__pwned=3')
  await expect(facts).toContainText(
    'unusable (its URL uses javascript: instead of http(s)): not linked, never called',
  )
  await expect(facts).toContainText('4029 characters, not valid JSON')
  await expect(page.getByRole('region', { name: 'Verification' })).toContainText(
    'this app does not know how to verify it',
  )
  await expect(page.getByRole('region', { name: 'Build' })).toContainText(
    'This service cannot be called (its URL uses javascript: instead of http(s))',
  )
  await page.getByRole('button', { name: 'Verify provider' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'This service cannot be used: its URL uses javascript: instead of http(s). No request was sent.',
  )
  await expect(page.locator('a[href^="javascript:"], img[src="x"], b')).toHaveCount(0)

  // The 10 000-character model: capped on the page, no horizontal overflow.
  await page.goto(`/#/services/${long}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${'L'.repeat(300)}…`)
  expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth + 1)).toBe(true)
  await expect(page.getByRole('region', { name: 'Service' })).toContainText('keys: note, pad')

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(errors).toEqual([])
  expect(dialogs).toEqual([])
  expect(badRequests).toEqual([])
})
