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

describe('lookalike links and bidi controls', () => {
  const link = (md: string) => parseInline(md)[0]
  it('a target with credentials is not linked and says where it really goes', () => {
    const n = link(
      '[https://chainscan.0g.ai/claim](https://chainscan.0g.ai@127.0.0.1:23090/#/account)',
    )
    expect(n).toMatchObject({ t: 'link', href: null })
    expect(n).toHaveProperty('refused', expect.stringContaining('127.0.0.1:23090'))
    for (const href of [
      'https://a.example:pw@evil.example/',
      'http://u:p@evil.example',
      'https://@evil.example/x',
    ])
      expect(safeLinkUrl(href), href).toBe(href.includes('//@') ? 'https://evil.example/x' : null)
  })
  it('images with credentials are not loadable', () => {
    expect(parseInline('![a](https://good.example@evil.example/p.png)')).toEqual([
      { t: 'image', src: null, alt: 'a' },
    ])
  })
  it('shows the real host when the text names another host or an IP', () => {
    expect(link('[chainscan.0g.ai](https://evil.example/claim)')).toMatchObject({
      href: 'https://evil.example/claim',
      realHost: 'evil.example',
    })
    expect(link('[**https://bank.example/login**](http://127.0.0.1:23090/)')).toMatchObject({
      realHost: '127.0.0.1:23090',
    })
    expect(link('[10.0.0.1](https://evil.example/)')).toMatchObject({ realHost: 'evil.example' })
    // Punycode target (a Cyrillic lookalike domain) always shows its real host.
    expect(link('[here](https://gооgle.com/)')).toMatchObject({ realHost: 'xn--ggle-55da.com' })
  })
  it('no host mark when the text is not a host or names the same host (or a parent)', () => {
    for (const md of [
      '[the docs](https://docs.0g.ai/x)',
      '[docs.0g.ai](https://docs.0g.ai/x)',
      '[https://www.example.com](https://example.com/a)',
      '[0g.ai](https://docs.0g.ai/)',
      '[mail me](mailto:a@b.example)',
    ])
      expect(link(md)).not.toHaveProperty('realHost')
    expect(link('[evil0g.ai](https://0g.ai.evil.example/)')).toHaveProperty('realHost')
  })
  it('strips bidi controls from the whole document, code included', () => {
    const src =
      'a\u202Edeifirev\u202C b\n\n```\nx\u2066y\u2069\n```\n[\u202Eknil](https://a.example)'
    const out = JSON.stringify(parseMarkdown(src))
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
    expect(out).toContain('adeifirev b')
  })
})
