/** Untrusted display text: bidi controls stripped, length capped, lookalike names flagged. */
import { describe, expect, it } from 'vitest'
import { capText, nameFlag, stripBidi } from './untrusted-text'

const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
]

describe('stripBidi', () => {
  it('removes every bidi control character', () => {
    for (const c of BIDI) expect(stripBidi(`a${c}b${c}`)).toBe('ab')
    // The spoof from the review: "deifireV" reversed on screen reads "Verified".
    expect(stripBidi('model-\u202Edeifirev\u202C')).toBe('model-deifirev')
  })
  it('keeps other text, including non-Latin scripts and emoji', () => {
    expect(stripBidi('gpt-оss 模型 مرحبا 🙂')).toBe('gpt-оss 模型 مرحبا 🙂')
  })
})

describe('capText', () => {
  it('keeps short text and caps long text with an ellipsis', () => {
    expect(capText('short', 10)).toBe('short')
    expect(capText('L'.repeat(10_000))).toBe(`${'L'.repeat(200)}…`)
    expect(capText('L'.repeat(10_000), 300)).toHaveLength(301)
  })
  it('strips bidi before measuring', () => {
    expect(capText('\u202E'.repeat(50) + 'abc', 3)).toBe('abc')
  })
  it('never splits a surrogate pair', () => {
    const out = capText('ab🙂🙂', 3)
    expect(out).toBe('ab…')
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})

describe('nameFlag', () => {
  it('is null for printable ASCII', () => {
    for (const n of ['gpt-oss-120b', 'GLM-5-FP8', '', 'a b <c> "d"']) expect(nameFlag(n)).toBeNull()
  })
  it('flags a Cyrillic lookalike as mixed-script and names the character', () => {
    const f = nameFlag('gpt-оss-120b')!
    expect(f.kind).toBe('mixed-script')
    expect(f.scripts).toEqual(['Latin', 'Cyrillic'])
    expect(f.note).toContain('о (U+043E, Cyrillic)')
    expect(f.note).toContain('Latin and Cyrillic')
  })
  it('flags Greek omicron, fullwidth letters, zero-width and bidi characters', () => {
    expect(nameFlag('gpt-οss')?.kind).toBe('mixed-script')
    expect(nameFlag('ｇｐｔ-oss')?.kind).toBe('non-ascii')
    const zw = nameFlag('gpt\u200B-oss')!
    expect(zw.kind).toBe('non-ascii')
    expect(zw.note).toContain('(U+200B)')
    expect(nameFlag('Verified\u202E')?.note).toContain('U+202E')
    expect(nameFlag('tab\there')).not.toBeNull()
  })
  it('flags a single-script non-Latin name without calling it mixed', () => {
    expect(nameFlag('модель')).toMatchObject({ kind: 'non-ascii', scripts: ['Cyrillic'] })
  })
  it('names at most five characters for a huge hostile name', () => {
    const f = nameFlag(
      Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x400 + (i % 200))).join(''),
    )!
    expect(f.note).toContain('and 195 more')
    expect(f.note.length).toBeLessThan(500)
  })
})
