/**
 * Layout and accessibility checks the responsive and axe specs share: the page never scrolls
 * sideways, and axe (WCAG 2.0/2.1 A and AA rules) finds no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect } from '../fixtures'

type Page = import('@playwright/test').Page

const softExpect = expect.configure({ soft: true })

/** The viewports the layout is held to: a laptop and a phone (docs/responsive-and-a11y.md). */
export const DESKTOP = { width: 1366, height: 900 } as const
export const PHONE = { width: 390, height: 844 } as const
/** The narrowest phone the layout supports. */
export const SMALL_PHONE = { width: 360, height: 740 } as const

/**
 * Fails when the document is wider than the viewport (the page would scroll sideways), naming the
 * elements that stick out past the right edge.
 */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const width = page.viewportSize()?.width
  if (!width) throw new Error('the page has no fixed viewport')
  // Soft: a spec visiting many pages reports every page that fails, not only the first.
  await softExpect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `document.documentElement.scrollWidth on ${what} at ${width} px`,
    })
    .toBeLessThanOrEqual(width)
  const overflowing = await page.evaluate((w) => {
    const out: string[] = []
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= w + 0.5) continue
      // Inside a box that scrolls or clips on its own, it does not widen the page.
      let p = el.parentElement
      let contained = false
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX
        if (o !== 'visible') {
          contained = true
          break
        }
        p = p.parentElement
      }
      if (contained) continue
      const id = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? ''
      out.push(
        `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 4).join('.')} ${id} right=${Math.round(r.right)}`,
      )
    }
    return out.slice(0, 6)
  }, width)
  softExpect(overflowing, `elements past the right edge on ${what}`).toEqual([])
}

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA tags and fails on serious or critical violations,
 * listing each rule with the elements it flagged.
 */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
  softExpect(blocking, `axe: serious or critical violations on ${what}`).toEqual([])
}
