/**
 * Returning visits (#16): the catalog read on a visit is saved in this browser per network; the
 * next visit shows it at once, marked "Saved in this browser, as of block N", even while the RPC
 * does not answer, and replaces it with a fresh read (Refresh, or when the RPC answers).
 */
import { TestId } from '../../src/lib/test-ids'
import { E2E_RPC_URL } from '../e2e-env'
import { expect, test } from '../fixtures'
import { createLedger, deposit, openAccountPage } from './account-helpers'
import { chainCacheEntrySize } from './chain-cache'

type Page = import('@playwright/test').Page
type Locator = import('@playwright/test').Locator

/**
 * How many rows the catalog's first page shows, once all are drawn: its first frame holds 8 and
 * the rest follow a frame later, so counting right away can catch 8 of 9.
 */
async function firstPageRows(page: Page, rows: Locator): Promise<number> {
  const text = await page.getByTestId(TestId.ServicesCount).textContent()
  const total = Number(/\d+/.exec(text ?? '')?.[0])
  expect(total).toBeGreaterThan(0)
  const n = Math.min(total, 50)
  await expect(rows).toHaveCount(n)
  return n
}

test('a returning visit shows the saved catalog at once, then the fresh one', async ({
  page,
  devnet,
}) => {
  await page.goto('/')
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  const block = page.getByTestId(TestId.ServicesBlock)
  await expect(block).toHaveAttribute('data-source', 'chain')
  const count = await page.getByTestId(TestId.ServicesCount).textContent()
  const n = await firstPageRows(page, rows)
  const readAt = await devnet.client.getBlockNumber()
  // The copy is written when the read completes; give IndexedDB its moment before leaving.
  await expect
    .poll(async () => (await chainCacheEntrySize(page, 'services:31337')) !== null)
    .toBe(true)

  // The RPC stops answering (held, never fulfilled): only the saved copy can fill the page.
  const held: (() => void)[] = []
  await page.route(`${E2E_RPC_URL}/**`, (route) => {
    held.push(() => void route.continue().catch(() => {}))
  })
  await page.route(E2E_RPC_URL, (route) => {
    held.push(() => void route.continue().catch(() => {}))
  })
  await page.reload()
  await expect(block).toHaveAttribute('data-source', 'saved')
  await expect(block).toContainText(`Saved in this browser, as of block ${readAt}`)
  await expect(rows).toHaveCount(n)
  await expect(page.getByTestId(TestId.ServicesCount)).toHaveText(count!)

  // The RPC answers again: the fresh snapshot replaces the saved one.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  for (const release of held) release()
  await expect(block).toHaveAttribute('data-source', 'chain', { timeout: 15_000 })
  await expect(block).toContainText('Read from chain at block')
  await expect(rows).toHaveCount(n)
})

test('a saved copy that was tampered with is ignored and the chain is read', async ({ page }) => {
  await page.goto('/')
  const block = page.getByTestId(TestId.ServicesBlock)
  await expect(block).toHaveAttribute('data-source', 'chain')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('0g-chain-cache', 1)
        r.onupgradeneeded = () => r.result.createObjectStore('snapshots')
        r.onsuccess = () => {
          const tx = r.result.transaction('snapshots', 'readwrite')
          tx.objectStore('snapshots').put(
            {
              chainId: 31337,
              blockNumber: 1n,
              readAt: 0,
              services: [{ provider: '<img src=x onerror=alert(1)>', model: 'evil' }],
            },
            'services:31337',
          )
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error ?? new Error('write failed'))
        }
      }),
  )
  await page.reload()
  await expect(block).toHaveAttribute('data-source', 'chain')
  await expect(page.getByText('evil')).toHaveCount(0)
})

test('a returning visit shows the saved ledger overview at once, then the fresh one', async ({
  page,
  devnet,
}) => {
  await createLedger(devnet.client, '3')
  await openAccountPage(page)
  const balances = page.getByRole('region', { name: 'Balances' })
  await expect(page.getByLabel('Ledger total')).toHaveText('3 0G')
  const block = await devnet.client.getBlockNumber()
  await expect(balances.getByRole('status')).toHaveText(`Read at block ${block}`)
  await deposit(devnet.client, '2') // changes the chain while the page is away
  const held: (() => void)[] = []
  await page.route(E2E_RPC_URL, (route) => {
    held.push(() => void route.continue().catch(() => {}))
  })
  await page.reload()
  await expect(balances.getByRole('status')).toContainText(
    `Saved in this browser, as of block ${block}`,
  )
  await expect(page.getByLabel('Ledger total')).toHaveText('3 0G')
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  for (const release of held) release()
  await expect(page.getByLabel('Ledger total')).toHaveText('5 0G', { timeout: 15_000 })
  await expect(balances.getByRole('status')).toHaveText(`Read at block ${block + 1n}`)
})

test('a returning visit paints the saved first rows before the app runs', async ({
  page,
  devnet,
}) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/')
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  await expect(page.getByTestId(TestId.ServicesBlock)).toHaveAttribute('data-source', 'chain')
  const readAt = await devnet.client.getBlockNumber()
  const firstModel = await rows.first().getByRole('rowheader').getByRole('link').textContent()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('0g-catalog-preview:v1')))
    .not.toBeNull()

  // The app's scripts and stylesheet are held: only index.html's inline preview can draw rows,
  // styled by the rules inlined in its head.
  const heldScripts: (() => void)[] = []
  const heldStyles: (() => void)[] = []
  await page.route(/\/assets\/.*\.js$/, (route) => {
    heldScripts.push(() => void route.continue().catch(() => {}))
  })
  await page.route(/\/assets\/.*\.css$/, (route) => {
    heldStyles.push(() => void route.continue().catch(() => {}))
  })
  await page.reload({ waitUntil: 'commit' })
  const preview = page.getByRole('table', { name: 'Saved rows' })
  const previewRows = preview.getByTestId(TestId.ServicePreviewRow)
  await expect(previewRows).toHaveCount(8)
  await expect(previewRows.first().getByRole('rowheader')).toHaveText(firstModel!)
  await expect(page.getByTestId(TestId.ServicesPreviewBlock)).toHaveText(
    `Saved in this browser, as of block ${readAt} (Devnet) · loading…`,
  )
  // A picture only: nothing in it can be clicked into a half-loaded app.
  await expect(preview.getByRole('link')).toHaveCount(0)
  await expectFirstPaintStyled(page, preview)

  // The scripts arrive, the stylesheet not yet: the app waits rather than drawing itself unstyled.
  await page.unroute(/\/assets\/.*\.js$/)
  for (const release of heldScripts) release()
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('app:script').length))
    .toBe(1)
  await page.waitForTimeout(500)
  await expect(previewRows).toHaveCount(8)
  await expect(rows).toHaveCount(0)

  // The stylesheet arrives: React replaces the preview with the real table, styled.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  for (const release of heldStyles) release()
  await expect(rows.first()).toBeVisible()
  await expect(preview).toHaveCount(0)
  await expectAppStyled(page)
  expect(violations).toEqual([])
})

test('a first visit paints the styled frame before the stylesheet arrives; the app waits for it', async ({
  page,
}) => {
  const heldStyles: (() => void)[] = []
  await page.route(/\/assets\/.*\.css$/, (route) => {
    heldStyles.push(() => void route.continue().catch(() => {}))
  })
  await page.goto('/', { waitUntil: 'commit' })
  // The static frame: its skeleton is drawn with the inlined rules (no script, no stylesheet).
  await expect(page.locator('#first-screen')).toBeVisible()
  await expectFirstPaintStyled(page, page.locator('#first-screen'))
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('app:script').length))
    .toBe(1)
  await page.waitForTimeout(500)
  await expect(page.locator('#first-screen')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Services' })).toHaveCount(0)

  await page.unrouteAll({ behavior: 'ignoreErrors' })
  for (const release of heldStyles) release()
  await expect(
    page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow).first(),
  ).toBeVisible()
  await expectAppStyled(page)
})

/** The page's colours and `el`'s box come from the rules index.html inlines (Tailwind's theme). */
async function expectFirstPaintStyled(page: Page, el: Locator) {
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(11, 13, 18)',
  )
  const style = await el.evaluate((e) => {
    const s = getComputedStyle(e.closest('.max-w-6xl')!)
    return { maxWidth: s.maxWidth, paddingLeft: s.paddingLeft }
  })
  expect(style).toEqual({ maxWidth: '1152px', paddingLeft: '16px' })
}

/** The app's own stylesheet applies (rules the first paint's inlined CSS does not carry). */
async function expectAppStyled(page: Page) {
  const sheets = await page.evaluate(() =>
    Array.from(document.querySelectorAll('link[rel="stylesheet"]')).map((l) => ({
      loaded: (l as HTMLLinkElement).sheet !== null,
    })),
  )
  expect(sheets.length).toBeGreaterThan(0)
  expect(sheets.every((s) => s.loaded)).toBe(true)
  // The catalog's search box is styled by the app's stylesheet: rounded, with its padding.
  const search = page.getByRole('searchbox', { name: 'Search services' })
  const radius = await search.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)
  expect(radius).not.toBe('0px')
}

test('the first screen shows while the saved catalog and the chain are out of reach', async ({
  page,
}) => {
  await page.goto('/')
  const rows = page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow)
  const block = page.getByTestId(TestId.ServicesBlock)
  await expect(block).toHaveAttribute('data-source', 'chain')
  const n = await firstPageRows(page, rows)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('0g-catalog-first:v1:31337')))
    .not.toBeNull()
  // No saved catalog in IndexedDB, and the RPC never answers: only the first screen is left.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const r = indexedDB.deleteDatabase('0g-chain-cache')
        r.onsuccess = r.onerror = r.onblocked = () => resolve()
      }),
  )
  await page.route(E2E_RPC_URL, () => {})
  await page.reload()
  await expect(block).toHaveAttribute('data-source', 'saved')
  await expect(rows).toHaveCount(n)
  // The real table: its rows link to the service pages.
  await expect(rows.first().getByRole('rowheader').getByRole('link')).toBeVisible()
})

test('a tampered preview is drawn as text or not at all, and the app still starts', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByTestId(TestId.ServicesBlock)).toHaveAttribute('data-source', 'chain')
  // The app saves its own preview once the rows are on screen: tamper with it after that.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('0g-catalog-preview:v1')))
    .not.toBeNull()
  const evil = '<img src=x onerror="window.__pwned=1">'
  const cells = [evil, 'chatbot', 'TeeML', '0x12…34', '1 0G', '2 0G', 'Yes']
  await page.evaluate(
    (v) => localStorage.setItem('0g-catalog-preview:v1', v),
    JSON.stringify({ network: evil, block: '1', rows: [cells] }),
  )
  await page.route(/\/assets\/.*\.js$/, () => {})
  await page.reload({ waitUntil: 'commit' })
  const preview = page.getByRole('table', { name: 'Saved rows' })
  await expect(preview.getByRole('rowheader')).toHaveText(evil)
  await expect(preview.locator('img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

  // A record of the wrong shape: nothing is drawn, the app starts as on any visit.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await page.evaluate(() => localStorage.setItem('0g-catalog-preview:v1', '{"rows":"<b>x</b>"}'))
  await page.reload()
  await expect(page.getByTestId(TestId.ServicesBlock)).toBeVisible()
  expect(await page.evaluate(() => performance.getEntriesByName('catalog:preview').length)).toBe(0)
})
