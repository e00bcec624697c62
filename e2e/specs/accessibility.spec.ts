/**
 * The axe gate: every route at a laptop (1366×900), a phone (390×844) and a small phone (360×740)
 * viewport has no serious or critical WCAG 2.0/2.1 A/AA violation, and no page scrolls sideways. Connected pages use the
 * injected wallet with a ledger funded through the devnet kit.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import {
  DESKTOP,
  PHONE,
  SMALL_PHONE,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
} from './layout-support'
import { fundUser, providerOf } from './playground-support'

type Page = import('@playwright/test').Page

const CHAT = 'glm-5-fp8'
const OTHER = 'gpt-oss-120b'
const PLAYGROUND_TABS = ['chat', 'image', 'edit', 'speech', 'compare', 'spend'] as const

/** Checks the page as it is now: axe first, then the sideways scroll. */
async function check(page: Page, what: string) {
  await expectNoSeriousA11yViolations(page, what)
  await expectNoHorizontalScroll(page, what)
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
  ['small phone', SMALL_PHONE],
] as const) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('public pages: marketplace, a service, compare, verify, settings, not found', async ({
      page,
      devnet,
    }) => {
      await page.goto('/#/')
      await expect(page.getByTestId(TestId.ServiceRow).first()).toBeVisible()
      await check(page, 'the marketplace')

      const chat = providerOf(devnet.info, CHAT).address
      const other = providerOf(devnet.info, OTHER).address
      await page.goto(`/#/services/${chat}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await check(page, 'a service page')

      await page.goto(`/#/compare?p=${chat},${other}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await check(page, 'compare')

      for (const tab of ['receipt', 'any']) {
        await page.goto(`/#/verify-receipt${tab === 'any' ? '?tab=any' : ''}`)
        await expect(page.getByRole('tab', { selected: true })).toBeVisible()
        await check(page, `verify (${tab})`)
      }

      await page.goto('/#/settings')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await check(page, 'settings')

      await page.goto('/#/no-such-page')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await check(page, 'not found')
    })

    test('connected pages: playground (every tab) and account with a ledger', async ({
      page,
      devnet,
      wallet,
    }) => {
      await fundUser(devnet.info, wallet.account.address, [CHAT])
      await page.goto('/#/account')
      await connectWallet(page)
      await expect(page.getByRole('region', { name: 'Transfer to a provider' })).toBeVisible()
      await check(page, 'account')

      for (const tab of PLAYGROUND_TABS) {
        await page.goto(`/#/playground?tab=${tab}`)
        await expect(page.getByRole('tab', { selected: true })).toBeVisible()
        await check(page, `playground (${tab})`)
      }
    })
  })
}
