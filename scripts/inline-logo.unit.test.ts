import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inlineLogo } from './inline-logo'

const root = path.resolve(import.meta.dirname, '..')
const html = readFileSync(path.join(root, 'index.html'), 'utf8')
const svg = readFileSync(path.join(root, 'public/favicon.svg'), 'utf8')

describe("the static frame's logo inline", () => {
  it('replaces the <img> with the favicon drawn as inline SVG, with the same class', () => {
    const out = inlineLogo(html, svg)
    expect(out).not.toContain('<img')
    const logo = out.match(/<svg[^>]*>.*?<\/svg>/s)?.[0] ?? ''
    expect(logo).toMatch(/^<svg class="size-6" aria-hidden="true" focusable="false" xmlns=/)
    for (const shape of svg.match(/<(rect|circle|path)\b[^>]*\/>/g) ?? [])
      expect(logo).toContain(shape)
    expect(logo.match(/<(rect|circle|path)\b/g)).toHaveLength(3)
    // The rest of the page is unchanged.
    expect(out.replace(logo, '')).toBe(html.replace(/<img src="\.\/favicon\.svg"[^>]*\/>/, ''))
    // The tab icon still comes from the file.
    expect(out).toContain('<link rel="icon" type="image/svg+xml" href="./favicon.svg" />')
  })

  it('refuses an SVG with anything but shapes', () => {
    const hostile = [
      svg.replace('<rect', '<script>alert(1)</script><rect'),
      svg.replace('<rect', '<rect onload="alert(1)"'),
      svg.replace('<rect', '<a href="javascript:alert(1)"><rect/></a><rect'),
      svg.replace('<rect', '<foreignObject><div/></foreignObject><rect'),
      svg.replace('<rect', '<rect style="fill:red"'),
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="x.png"/></svg>',
      'not an svg',
    ]
    for (const bad of hostile) expect(() => inlineLogo(html, bad), bad).toThrow(/inline-logo/)
  })

  it('needs exactly one logo <img> in the page', () => {
    expect(() => inlineLogo('<div></div>', svg)).toThrow(/found 0/)
    const img = '<img src="./favicon.svg" alt="" class="size-6" />'
    expect(() => inlineLogo(img + img, svg)).toThrow(/found 2/)
  })
})
