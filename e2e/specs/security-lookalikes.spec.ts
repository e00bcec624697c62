/**
 * Issue #11 items 4, 8 and 9 (red-team review): on-chain strings are capped, truncated and
 * bidi-isolated everywhere they are shown (a 10 000-character model name keeps the Playground,
 * the compare page and the Account page at the window's width); lookalike links and bidi overrides
 * in model output are defused (a `https://a@127.0.0.1` target is not a link, a link whose text
 * names another host shows the real one, no U+202E reaches the page); a lookalike service
 * (`gpt-оss-120b` with a Cyrillic о, same URL) is flagged "non-ASCII name", both services are
 * marked "same URL as …", and the provider is named next to the model in pickers and columns.
 */
import { TestId } from '../../src/lib/test-ids'
import { connectWallet, expect, test } from '../fixtures'
import { fundUser, providerOf } from './playground-support'
import { fundSubAccount, registerService } from './service-chain'

type Page = import('@playwright/test').Page
const SIGNER = '0x000000000000000000000000000000000000bEEF' as const
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`

/** No horizontal scroll: the document is no wider than the window. */
async function expectNoOverflow(page: Page, where: string) {
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    window: window.innerWidth,
    // The innermost elements sticking out, to say what overflows.
    wide: Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().width > window.innerWidth - 40)
      .filter(
        (e) =>
          !Array.from(e.children).some(
            (c) => c.getBoundingClientRect().right > window.innerWidth + 1,
          ),
      )
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().width}`.slice(0, 200)),
  }))
  expect(
    size.scroll,
    `${where}: page width ${size.scroll} > window ${size.window} (${size.wide.join(' | ')})`,
  ).toBeLessThanOrEqual(size.window)
}

/** No bidi control character in any text, title, label or option of the page. */
async function expectNoBidi(page: Page) {
  const text = await pageStrings(page)
  const at = text.search(BIDI)
  expect(at, `bidi control in …${text.slice(Math.max(0, at - 80), at + 40)}…`).toBe(-1)
}

/** Every visible text, title and accessible label on the page. */
const pageStrings = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('[title],[aria-label],option')).map(
        (e) =>
          `${e.getAttribute('title') ?? ''}${e.getAttribute('aria-label') ?? ''}${e.textContent}`,
      ),
    ].join('\n'),
  )

test('#11.4: a 10 000-character model name keeps the Playground, compare and Account pages at window width', async ({
  page,
  devnet,
}) => {
  const name = 'L'.repeat(10_000)
  const long = await registerService(devnet.client, 6, {
    serviceType: 'chatbot',
    url: 'ftp://127.0.0.1:1/long-model',
    model: name,
    verifiability: 'TeeML',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  await fundSubAccount(devnet.client, long)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await page.goto(`/#/playground?tab=chat&provider=${long}`)
  await connectWallet(page)
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue(long)
  await expectNoOverflow(page, 'chat tab')

  await page.goto('/#/playground?tab=compare')
  const check = page.getByRole('checkbox', { name: /^L{60}/ })
  await expect(check).toBeVisible()
  await expectNoOverflow(page, 'side-by-side picker')
  await check.check()
  await page.getByLabel('GLM-5-FP8').check()
  await page.getByLabel('Prompt for all').fill('Long names stay in their box')
  await page.getByRole('button', { name: 'Run side by side' }).click()
  const column = page.getByTestId(TestId.CompareColumn).filter({ hasText: 'cannot be used' })
  await expect(column).toHaveCount(1)
  // The heading is capped and truncated; the full name is on hover.
  const heading = column.getByRole('heading')
  await expect(heading).toContainText(`${'L'.repeat(200)}…`)
  await expect(heading.locator('bdi').first()).toHaveAttribute('title', name)
  await expect(heading).toContainText(short(long))
  await expectNoOverflow(page, 'side-by-side columns')

  for (const tab of ['image', 'speech', 'edit']) {
    await page.goto(`/#/playground?tab=${tab}`)
    await expect(page.getByRole('combobox', { name: 'Service' })).toBeVisible()
    await expectNoOverflow(page, `${tab} tab`)
  }

  await page.goto(`/#/compare?p=${long},${providerOf(devnet.info, 'glm-5-fp8').address}`)
  await expect(page.getByRole('columnheader', { name: /^L{100}/ })).toBeVisible()
  await expectNoOverflow(page, 'compare page')

  await page.goto('/#/account')
  const row = page.locator(`tr[data-provider="${long}"]`)
  await expect(row).toBeVisible()
  await expect(row.getByRole('rowheader')).toContainText(`${'L'.repeat(200)}…`)
  await expectNoOverflow(page, 'account page')
  expect(errors).toEqual([])
})

test('#11.8: a credentials link in a reply is not live, a lookalike link shows its real host, no bidi override reaches the page', async ({
  page,
  devnet,
  wallet,
}) => {
  await registerService(devnet.client, 7, {
    serviceType: 'chatbot',
    url: 'ftp://127.0.0.1:1/bidi',
    model: 'gpt-\u202Edeifirev\u202C-model',
    verifiability: 'TeeML\u202E',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })
  await fundUser(devnet.info, wallet.account.address, ['glm-5-fp8'])
  await page.goto(`/#/playground?tab=chat&provider=${providerOf(devnet.info, 'glm-5-fp8').address}`)
  await connectWallet(page)
  // The devnet responder echoes the prompt's first 12 words back as the (signed) reply.
  await page
    .getByLabel('Message')
    .fill(
      '[https://chainscan.0g.ai/claim](https://chainscan.0g.ai@127.0.0.1:23090/#/account) ' +
        '[chainscan.0g.ai/rewards](http://127.0.0.1:23090/#/rewards) ' +
        'model-\u202Edeifirev\u202C end',
    )
  await page.getByRole('button', { name: 'Send' }).click()
  const reply = page.getByTestId(TestId.ChatMessage).filter({ hasText: 'devnet responder' })
  await expect(reply.getByTestId(TestId.VerificationBadge)).toHaveAttribute(
    'data-status',
    'verified',
  )

  // The credentials link is plain text that says where it would have gone.
  await expect(reply.getByRole('link', { name: 'https://chainscan.0g.ai/claim' })).toHaveCount(0)
  await expect(reply.locator('a[href*="@"]')).toHaveCount(0)
  await expect(reply).toContainText(
    'https://chainscan.0g.ai/claim (link removed: its address hides a user name in front of the real host 127.0.0.1:23090)',
  )
  // The link whose text names chainscan.0g.ai but opens 127.0.0.1 shows the real host beside it.
  await expect(reply.getByRole('link', { name: 'chainscan.0g.ai/rewards' })).toHaveAttribute(
    'href',
    'http://127.0.0.1:23090/#/rewards',
  )
  await expect(reply).toContainText('chainscan.0g.ai/rewards (opens 127.0.0.1:23090)')
  await expect(reply).toContainText('model-deifirev end')
  await expectNoBidi(page)

  // On-chain strings with U+202E: the catalog, the chat picker and side by side.
  await page.goto('/#/?view=provider')
  await expect(page.getByRole('link', { name: 'gpt-deifirev-model', exact: true })).toBeVisible()
  await expectNoBidi(page)
  await page.goto('/#/playground?tab=chat')
  await expect(page.getByRole('option', { name: /gpt-deifirev-model/ })).toHaveCount(1)
  await expectNoBidi(page)
  await page.goto('/#/playground?tab=compare')
  await expect(page.getByRole('checkbox', { name: /gpt-deifirev-model/ })).toBeVisible()
  await expectNoBidi(page)
})

test('#11.9: a lookalike model name is flagged, services sharing a URL are marked, the provider is named', async ({
  page,
  devnet,
}) => {
  const real = providerOf(devnet.info, 'gpt-oss-120b')
  const fake = await registerService(devnet.client, 8, {
    serviceType: 'chatbot',
    url: real.url,
    model: 'gpt-оss-120b', // Cyrillic о
    verifiability: 'TeeML',
    inputPrice: 1n,
    outputPrice: 1n,
    additionalInfo: '',
    teeSignerAddress: SIGNER,
  })

  // Catalog: the lookalike row carries the badge (explained on hover); both rows the shared URL.
  await page.goto('/#/?view=provider')
  await connectWallet(page)
  const table = page.getByRole('table', { name: 'Services' })
  const fakeRow = table.locator(`[data-provider="${fake}"]`)
  const realRow = table.locator(`[data-provider="${real.address}"]`)
  await expect(fakeRow.getByText('non-ASCII name', { exact: true })).toBeVisible()
  await expect(fakeRow.locator('[data-name-flag="mixed-script"]')).toHaveAttribute(
    'title',
    /о \(U\+043E, Cyrillic\).*Latin and Cyrillic/,
  )
  await expect(fakeRow).toContainText(`same URL as ${short(real.address)}`)
  await expect(realRow).toContainText(`same URL as ${short(fake)}`)
  await expect(realRow.getByText('non-ASCII name')).toHaveCount(0)

  // Service page heading.
  await page.goto(`/#/services/${fake}`)
  await expect(page.locator('header').getByText('non-ASCII name', { exact: true })).toBeVisible()

  // Chat picker: every option names the provider; the lookalike says so in its option and below.
  await page.goto(`/#/playground?tab=chat&provider=${fake}`)
  const picker = page.getByRole('combobox', { name: 'Service' })
  await expect(picker).toHaveValue(fake)
  await expect(picker.locator(`option[value="${fake}"]`)).toHaveText(
    `gpt-оss-120b ⚠ non-ASCII name · TeeML · ${short(fake)} · ⚠ same URL as ${short(real.address)}`,
  )
  await expect(picker.locator(`option[value="${real.address}"]`)).toContainText(
    `gpt-oss-120b · TeeML · ${short(real.address)} · ⚠ same URL as ${short(fake)}`,
  )
  const marks = page.getByTestId(TestId.ServiceMarks)
  await expect(marks.getByText('non-ASCII name', { exact: true })).toBeVisible()
  await expect(marks).toContainText(`same URL as ${short(real.address)}`)

  // Side by side: the provider next to each model, the badge and the shared-URL mark.
  await page.goto('/#/playground?tab=compare')
  const fakeBox = page.getByRole('checkbox', { name: /gpt-оss-120b/ })
  const realBox = page.getByRole('checkbox', { name: /gpt-oss-120b/ })
  await expect(fakeBox).toHaveAccessibleName(new RegExp(`${short(fake)}.*non-ASCII name`))
  await expect(realBox).toHaveAccessibleName(
    new RegExp(`${short(real.address)}.*same URL as ${short(fake)}`),
  )
  await fakeBox.check()
  await realBox.check()
  await page.getByLabel('Prompt for all').fill('Which one is real?')
  await page.getByRole('button', { name: 'Run side by side' }).click()
  const fakeColumn = page.getByRole('region', { name: /gpt-оss-120b/ })
  await expect(fakeColumn.getByRole('heading')).toContainText(short(fake))
  await expect(fakeColumn.getByText('non-ASCII name', { exact: true })).toBeVisible()
  await expect(fakeColumn).toContainText(`same URL as ${short(real.address)}`)
  await expect(
    page.getByRole('region', { name: /gpt-oss-120b/ }).getByRole('heading'),
  ).toContainText(short(real.address))
})
