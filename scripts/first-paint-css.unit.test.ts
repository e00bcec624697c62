import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstPaintCss } from './first-paint-css'

const root = path.resolve(import.meta.dirname, '..')
const indexHtml = path.join(root, 'index.html')
const previewSource = path.join(root, 'src/lib/catalog/first-screen-preview.ts')

/** Class names of the static frame (class="…") and of the preview's elements (el(tag, '…')). */
function firstPaintClasses(): string[] {
  const html = readFileSync(indexHtml, 'utf8')
  const ts = readFileSync(previewSource, 'utf8')
  const lists = [
    ...[...html.matchAll(/class="([^"]+)"/g)].map((m) => m[1]!),
    ...[...ts.matchAll(/el\(\s*'[a-z0-9]+',\s*'([^']*)'/g)].map((m) => m[1]!),
  ]
  return [...new Set(lists.flatMap((l) => l.split(/\s+/)).filter(Boolean))]
}

describe('the CSS index.html inlines for its first paint', () => {
  it('has a rule for every class the frame and the preview use, and the page colours', async () => {
    const css = await firstPaintCss({
      stylesheet: path.join(root, 'src/styles/index.css'),
      sources: [indexHtml, previewSource],
    })
    const classes = firstPaintClasses()
    expect(classes.length).toBeGreaterThan(30)
    for (const c of classes) expect(css, c).toContain(`.${c.replace(/[.:/[\]]/g, '\\$&')}{`)
    expect(css).toContain('--color-background:#0b0d12')
    expect(css).toMatch(/body\{background-color:var\(--color-background\)/)
    // Only those: the app's other utilities stay in its stylesheet.
    expect(css).not.toContain('.rounded-full{')
    expect(css.length).toBeLessThan(12_000)
    // Safe to put inside <style>.
    expect(css).not.toContain('</')
  })
})
