/**
 * The browser side of docs/security.md: the Content-Security-Policy (meta in the build, header from
 * start-web) holds during the main journeys and blocks an injected inline script; "Clear local
 * data" removes conversations, session tokens and the API-key list; session tokens and API keys
 * never reach the URL, the console or localStorage.
 */
import { createHash } from 'node:crypto'
import type { Address } from 'viem'
import type { DevnetInfo } from '../../devnet/src/types'
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'

const SLUG = 'glm-5-fp8'

type Page = import('@playwright/test').Page

/** Records CSP violations in the page (from the first script on) and CSP errors in the console. */
async function watchCsp(page: Page) {
  const consoleLines: string[] = []
  page.on('console', (m) => consoleLines.push(m.text()))
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    )
  })
  return {
    consoleLines,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    consoleCsp: () => consoleLines.filter((l) => /Content Security Policy/i.test(l)),
  }
}

/** A journey's start: the CSP watched from the first script on, the test wallet funded for `slugs`. */
async function startJourney(page: Page, info: DevnetInfo, user: Address, slugs: string[]) {
  const csp = await watchCsp(page)
  await fundUser(info, user, slugs)
  return { csp, provider: providerOf(info, SLUG).address as Address }
}

async function ask(page: Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
}

test('the built page carries the CSP and no inline script but the hashed preview; start-web sends the headers', async ({
  page,
}) => {
  const res = await page.request.get('/')
  const html = await res.text()
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
  expect(meta).toBeDefined()
  expect(meta).toContain("object-src 'none'")
  // Every <script> has a src, but the build's first screen preview (ADR 0007), which the policy
  // allows by the hash of its exact text and nothing else: no 'unsafe-inline'.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  expect(scripts.length).toBeGreaterThan(0)
  const inline = scripts.filter(([, attrs]) => !attrs!.includes('src='))
  expect(inline.map(([, attrs]) => attrs!.trim())).toEqual(['id="first-screen-preview"'])
  const hash = `sha256-${createHash('sha256').update(inline[0]![2]!).digest('base64')}`
  const scriptSrc = /script-src ([^;]*)/.exec(meta!)?.[1]
  expect(scriptSrc).toBe(`'self' '${hash}'`)
  expect(html).not.toMatch(/\son[a-z]+=/i)
  const h = res.headers()
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(h['content-security-policy']).toContain(`script-src 'self' '${hash}';`)
  expect(h['x-frame-options']).toBe('DENY')
  expect(h['referrer-policy']).toBe('no-referrer')
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['permissions-policy']).toContain('microphone=(self)')
})

test('no CSP violation in the main journeys; an injected inline script is blocked', async ({
  page,
  devnet,
  wallet,
}) => {
  const { csp, provider } = await startJourney(page, devnet.info, wallet.account.address, [
    SLUG,
    'qwen3-6-plus',
  ])

  await page.goto('/')
  await expect(
    page.getByRole('table', { name: 'Services' }).getByTestId(TestId.ServiceRow),
  ).not.toHaveCount(0)
  await connectWallet(page)
  await page.goto(`/#/services/${provider}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`/#/playground?tab=chat&provider=${provider}`)
  await ask(page, 'Hello under a strict policy')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  await page.goto('/#/account')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { name: 'Local data' })).toBeVisible()
  expect(await csp.violations()).toEqual([])
  expect(csp.consoleCsp()).toEqual([])

  // An attacker who gets markup into the page still cannot run it.
  await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.head.append(s)
    const d = document.createElement('div')
    d.innerHTML = '<img src="data:," onerror="window.__handlerRan = true">'
    document.body.append(d)
  })
  await expect
    .poll(() => csp.violations())
    .toContainEqual(expect.stringMatching(/^script-src-elem inline/))
  expect(
    await page.evaluate(() => {
      const w = window as { __inlineRan?: boolean; __handlerRan?: boolean }
      return [w.__inlineRan, w.__handlerRan]
    }),
  ).toEqual([undefined, undefined])
})

test('"Clear local data" removes conversations, session tokens and the API-key list; no secret leaks', async ({
  page,
  devnet,
  wallet,
}) => {
  const { csp, provider } = await startJourney(page, devnet.info, wallet.account.address, [SLUG])

  // A conversation and a session token.
  await page.goto(`/#/playground?tab=chat&provider=${provider}`)
  await connectWallet(page)
  await ask(page, 'Keep me until I clear')
  await expect(page.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )
  // An API key entry.
  await page.goto(`/#/services/${provider}`)
  const section = page.getByRole('region', { name: 'API keys' })
  await section.getByLabel('Label').fill('to be forgotten')
  await section.getByRole('button', { name: 'Create API key' }).click()
  const apiKey = (await section.getByLabel('New API key').textContent())!
  expect(apiKey).toMatch(/^app-sk-/)
  await section.getByRole('button', { name: 'Done' }).click()

  const stored = () =>
    page.evaluate(async () => {
      const dump = (s: Storage) => Object.fromEntries(Object.entries(s))
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('0g-playground')
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      const count = db.objectStoreNames.contains('conversations')
        ? await new Promise<number>((resolve) => {
            const r = db.transaction('conversations').objectStore('conversations').count()
            r.onsuccess = () => resolve(r.result)
          })
        : 0
      db.close()
      return { local: dump(localStorage), session: dump(sessionStorage), conversations: count }
    })
  const before = await stored()
  expect(before.conversations).toBe(1)
  const token = Object.entries(before.session).find(([k]) => k.startsWith('0g-app-sk:'))
  expect(token).toBeDefined()
  const bearer = (JSON.parse(token![1]) as { authorization: string }).authorization
  expect(bearer).toMatch(/^Bearer app-sk-/)
  expect(Object.keys(before.local).some((k) => k.startsWith('0g-api-keys:'))).toBe(true)

  // Secrets: never in the URL, the console or localStorage (the session token lives in
  // sessionStorage by design; the API key is shown once and not stored at all).
  const secrets = [apiKey, bearer.replace('Bearer ', '')]
  const localText = JSON.stringify(before.local)
  for (const s of secrets) {
    expect(page.url()).not.toContain(s.slice(7, 40))
    expect(localText).not.toContain(s.slice(7, 40))
    expect(csp.consoleLines.join('\n')).not.toContain(s.slice(7, 40))
  }
  expect(localText).not.toContain('app-sk-')
  expect(JSON.stringify(before.session).split('app-sk-').length - 1).toBe(1)

  await page.goto('/#/settings')
  const card = page.getByRole('region', { name: 'Local data' })
  const list = card.getByRole('definition')
  await expect(list.first()).toHaveText('1')
  await card.getByRole('button', { name: 'Clear local data…' }).click()
  await card.getByRole('button', { name: 'Delete everything' }).click()
  await expect(
    page.getByRole('region', { name: 'Local data' }).getByRole('definition').first(),
  ).toHaveText('0')
  await page.reload()
  const after = await stored()
  expect(after.conversations).toBe(0)
  expect(Object.keys(after.session).filter((k) => k.startsWith('0g-app-sk:'))).toEqual([])
  expect(Object.keys(after.local).filter((k) => /^0g-(api-keys|usage|tx)/.test(k))).toEqual([])
  // wagmi writes a fresh `wagmi.store` (chain, no connections) at start; the wallet is not in it.
  expect(JSON.stringify(after.local).toLowerCase()).not.toContain(
    wallet.account.address.slice(2).toLowerCase(),
  )
  // The wallet connection was part of it: the app is signed out.
  await expect(page.getByTestId('rk-connect-button').first()).toBeVisible()
})
