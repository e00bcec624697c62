/** Markdown subset: structure, and that untrusted input never yields a dangerous link or image. */
import { describe, expect, it } from 'vitest'
import { tokenize } from './highlight'
import { parseInline, parseMarkdown, safeLinkUrl } from './markdown'

describe('parseMarkdown', () => {
  it('parses blocks', () => {
    const b = parseMarkdown(
      '# T\n\npara **b** and `c`\n\n- a\n- b\n\n```js\nconst x = 1\n```\n> q\n1. one',
    )
    expect(b.map((x) => x.t)).toEqual(['h', 'p', 'ul', 'code', 'quote', 'ol'])
    expect(b[3]).toEqual({ t: 'code', lang: 'js', v: 'const x = 1' })
  })
  it('keeps raw HTML as text', () => {
    const b = parseMarkdown('<img src=x onerror=alert(1)><script>alert(1)</script>')
    expect(b).toEqual([
      { t: 'p', c: [{ t: 'text', v: '<img src=x onerror=alert(1)><script>alert(1)</script>' }] },
    ])
  })
  it('drops javascript:, data: and relative link targets', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/x',
      'vbscript:x',
    ]) {
      expect(parseInline(`[x](${href})`)).toEqual([
        { t: 'link', href: null, c: [{ t: 'text', v: 'x' }] },
      ])
    }
    expect(safeLinkUrl('https://a.b/c')).toBe('https://a.b/c')
  })
  it('images keep only http(s) sources for click-to-load', () => {
    expect(parseInline('![a](https://evil/p.png)')).toEqual([
      { t: 'image', src: 'https://evil/p.png', alt: 'a' },
    ])
    expect(parseInline('![a](javascript:x)')).toEqual([{ t: 'image', src: null, alt: 'a' }])
  })
})

describe('emphasis', () => {
  it('underscores inside words are literal (snake_case, ENV_NAMES)', () => {
    expect(parseInline('set DEVNET_UPSTREAM_URL and my_var')).toEqual([
      { t: 'text', v: 'set DEVNET_UPSTREAM_URL and my_var' },
    ])
    expect(parseInline('_it_ and __b__')).toEqual([
      { t: 'em', c: [{ t: 'text', v: 'it' }] },
      { t: 'text', v: ' and ' },
      { t: 'strong', c: [{ t: 'text', v: 'b' }] },
    ])
  })
})

describe('tokenize', () => {
  it('round-trips and finds keywords, strings, comments', () => {
    const code = 'const s = "x" // hi\nreturn 42'
    const t = tokenize(code)
    expect(t.map((x) => x.text).join('')).toBe(code)
    expect(t.filter((x) => x.kind !== 'plain').map((x) => x.kind)).toEqual([
      'keyword',
      'string',
      'comment',
      'keyword',
      'number',
    ])
  })
})
