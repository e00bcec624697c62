/**
 * Bad local data (issue #11.2): malformed values in the transaction log, the usage log and the
 * playground's IndexedDB records never crash a page. Every route renders its own heading, good
 * records next to bad ones are still shown, the skipped ones are reported, a stored gallery image
 * with a remote URL is not fetched on load, and when a page does fail the error screen keeps the
 * navigation and offers a working "Clear local data".
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'

type Page = import('@playwright/test').Page

const CHAIN = 31337
const NOW = Date.now()
/** A 1×1 PNG. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** Writes `records` into the playground's IndexedDB stores (creating the database if needed). */
async function poisonIndexedDb(
  page: Page,
  records: { conversations: unknown[]; gallery: unknown[] },
): Promise<void> {
  await page.evaluate(
    (recs) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('0g-playground', 1)
        req.onupgradeneeded = () => {
          for (const name of ['conversations', 'gallery']) {
            if (!req.result.objectStoreNames.contains(name))
              req.result.createObjectStore(name, { keyPath: 'id' })
          }
        }
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['conversations', 'gallery'], 'readwrite')
          for (const c of recs.conversations) tx.objectStore('conversations').put(c)
          for (const g of recs.gallery) tx.objectStore('gallery').put(g)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    records,
  )
}

async function setLocal(page: Page, entries: Record<string, string>): Promise<void> {
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v)
  }, entries)
}

async function expectHeading(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`/#${hash}`)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.getByText('This page failed to load')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

test('malformed stored records are skipped and reported; every route renders; good records stay; remote gallery images wait for a click', async ({
  page,
  devnet,
  wallet,
}) => {
  const user = wallet.account.address
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  const img = devnet.info.providers.find((p) => p.model === 'z-image')!
  const canary = `${devnet.info.providers[0]!.url}/gallery-canary.png`
  const fetched: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('gallery-canary')) fetched.push(r.url())
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await page.goto('/')
  await connectWallet(page)
  const txKey = `0g-tx:v1:${CHAIN}:${user.toLowerCase()}`
  const usageKey = `0g-usage:v1:${CHAIN}:${user.toLowerCase()}`
  const goodTx = {
    hash: `0x${'ab'.repeat(32)}`,
    chainId: CHAIN,
    from: user,
    nonce: 0,
    label: 'Deposit 7 0G (kept record)',
    kind: 'deposit',
    amount: '7000000000000000000',
    status: 'confirmed',
    submittedAt: NOW - 60_000,
    minedAt: NOW - 59_000,
    blockNumber: '1',
  }
  const usage = (id: string, fee: string) => ({
    id,
    chainId: CHAIN,
    user,
    provider: glm.address,
    model: 'GLM-5-FP8',
    kind: 'chat',
    fee,
    at: NOW - 1000,
  })
  const conversation = {
    id: 'conv-good',
    chainId: CHAIN,
    user,
    provider: glm.address,
    model: 'GLM-5-FP8',
    title: 'Kept conversation',
    systemPrompt: '',
    params: { temperature: 0.7, maxTokens: 1024, topP: 1 },
    messages: [{ id: 'm1', role: 'user', content: 'hello kept', createdAt: NOW - 5000 }],
    updatedAt: NOW - 5000,
  }
  const picture = {
    id: 'img-good',
    chainId: CHAIN,
    user,
    kind: 'generation',
    prompt: 'kept picture',
    model: 'z-image',
    provider: img.address,
    images: [PNG],
    fee: '1',
    chatId: 'chat-1',
    verification: { status: 'not-verifiable', detail: 'stored for the test' },
    createdAt: NOW - 3000,
  }
  await setLocal(page, {
    [txKey]: JSON.stringify([null, goodTx]),
    [usageKey]: JSON.stringify([
      usage('good-usage', '1000000000000000'),
      usage('bad-usage', 'lots'),
    ]),
  })
  await poisonIndexedDb(page, {
    conversations: [
      conversation,
      { ...conversation, id: 'conv-bad', title: 'Broken', messages: 'x' },
    ],
    gallery: [
      picture,
      { ...picture, id: 'img-bad', prompt: 'broken picture', images: 'notarray', createdAt: NOW },
      {
        ...picture,
        id: 'img-remote',
        prompt: 'remote picture',
        images: [canary],
        createdAt: NOW - 2000,
      },
    ],
  })

  await expectHeading(page, '/', 'Marketplace')
  await expectHeading(page, `/services/${glm.address}`, 'GLM-5-FP8')
  await expectHeading(page, '/settings', 'Settings')

  // Account: the good transaction next to the bad one is in the history; the skip is reported.
  await expectHeading(page, '/account', 'Account')
  const history = page.getByRole('region', { name: 'History' })
  await expect(history).toContainText('Deposit 7 0G (kept record)')
  // The shell reads the transaction log on every route: its bad record is reported from the start.
  const notice = page.getByRole('status', { name: 'Storage' })
  await expect(notice).toContainText(
    /\d+ stored records? (was|were) unreadable and (was|were) skipped/,
  )

  // Playground: the good conversation, the good usage record, the good and the remote image.
  await expectHeading(page, '/playground?tab=chat', 'Playground')
  await expect(page.getByTestId(TestId.ConversationItem)).toHaveCount(1)
  await expect(page.getByTestId(TestId.ConversationItem)).toContainText('Kept conversation')
  await expectHeading(page, '/playground?tab=spend', 'Playground')
  await expect(page.getByText('Total recorded in this browser')).toContainText('over 1 responses')
  await expectHeading(page, '/playground?tab=image', 'Playground')
  const items = page.getByTestId(TestId.GalleryItem)
  await expect(items).toHaveCount(2)
  await expect(items.filter({ hasText: 'kept picture' }).getByRole('img')).toHaveAttribute(
    'src',
    PNG,
  )
  const remote = items.filter({ hasText: 'remote picture' })
  await expect(remote.getByRole('img')).toHaveCount(0)
  await expect(remote.getByRole('button', { name: /Load image from 127\.0\.0\.1/ })).toBeVisible()
  // One each: the transaction log, the usage log, the conversations and the gallery.
  await expect(notice).toContainText('4 stored records were unreadable and were skipped')
  // The gallery's images have loaded (the kept one is complete), and the remote one was not asked for.
  const kept = items.filter({ hasText: 'kept picture' }).getByRole('img')
  await expect
    .poll(() => kept.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true)
  expect(fetched).toEqual([])
  // Asked for, it loads (without a referrer).
  await remote.getByRole('button', { name: /Load image from/ }).click()
  await expect.poll(() => fetched.length).toBeGreaterThan(0)
  expect(errors).toEqual([])
})

test('whole stored values of the wrong shape do not crash any route', async ({
  page,
  devnet,
  wallet,
}) => {
  const user = wallet.account.address.toLowerCase()
  const glm = devnet.info.providers.find((p) => p.model === 'GLM-5-FP8')!
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await connectWallet(page)
  const variants: [string, string][] = [
    ['{"a":1}', '"hello"'],
    ['[null]', '{"length":3}'],
    ['{not json', '[{"id":"x","fee":"abc","at":"soon"}]'],
  ]
  for (const [tx, usage] of variants) {
    await setLocal(page, {
      [`0g-tx:v1:${CHAIN}:${user}`]: tx,
      [`0g-usage:v1:${CHAIN}:${user}`]: usage,
    })
    await page.reload()
    for (const [hash, heading] of [
      ['/', 'Marketplace'],
      [`/services/${glm.address}`, 'GLM-5-FP8'],
      ['/playground?tab=spend', 'Playground'],
      ['/account', 'Account'],
      ['/settings', 'Settings'],
    ] as const) {
      await expectHeading(page, hash, heading)
    }
    await expect(page.getByRole('status', { name: 'Storage' })).toContainText(
      /2 stored records were unreadable and were skipped/,
    )
  }
  expect(errors).toEqual([])
})

test('a page that fails keeps the navigation and offers a working "Clear local data"', async ({
  page,
  wallet,
}) => {
  const user = wallet.account.address.toLowerCase()
  await page.goto('/')
  await connectWallet(page)
  await setLocal(page, { [`0g-usage:v1:${CHAIN}:${user}`]: '[]' })
  const tokenKey = `0g-app-sk:v1:${CHAIN}:${user}:0x${'12'.repeat(20)}`
  await page.evaluate((k) => sessionStorage.setItem(k, '{}'), tokenKey)
  await poisonIndexedDb(page, { conversations: [], gallery: [] })
  // The Settings page's code cannot be loaded (a deploy replaced it, the network failed).
  await page.route('**/assets/settings-page-*.js', (route) => route.abort())
  await page.goto('/#/settings')
  const alert = page.getByTestId(TestId.AppError)
  await expect(alert).toContainText('This page failed to load')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await alert.getByRole('button', { name: /Clear local data/ }).click()
  await alert.getByRole('button', { name: 'Delete everything' }).click()
  // Clearing reloads the page: a read that meets the reload is retried (undefined), not failed.
  await expect
    .poll(() =>
      page
        .evaluate(
          async ([usageKey, tokenKey]) => ({
            usage: localStorage.getItem(usageKey!),
            token: sessionStorage.getItem(tokenKey!),
            wallet: Object.keys(localStorage).filter((k) => k.startsWith('wagmi.')).length > 1,
            db: (await indexedDB.databases()).some((d) => d.name === '0g-playground'),
          }),
          [`0g-usage:v1:${CHAIN}:${user}`, tokenKey],
        )
        .catch(() => undefined),
    )
    .toEqual({ usage: null, token: null, wallet: false, db: false })
  // The navigation still leads to working pages.
  await page.unroute('**/assets/settings-page-*.js')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Account' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible()
})
