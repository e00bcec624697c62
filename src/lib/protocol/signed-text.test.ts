import { describe, expect, it } from 'vitest'
import { parseSignedText, responseSignedText, sha256Hex } from './signed-text'

const enc = (s: string) => new TextEncoder().encode(s)

describe('signed text', () => {
  it('hashes exact bytes as lowercase hex without 0x', () => {
    // sha256("") and sha256("abc"), the standard test vectors
    expect(sha256Hex(enc(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(sha256Hex(enc('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('is request hash ":" response hash, and any byte change changes it', () => {
    const t = responseSignedText(enc('{"a":1}'), enc('data: x\n\n'))
    expect(t).toBe(`${sha256Hex(enc('{"a":1}'))}:${sha256Hex(enc('data: x\n\n'))}`)
    expect(responseSignedText(enc('{"a":1} '), enc('data: x\n\n'))).not.toBe(t)
    expect(responseSignedText(enc('{"a":1}'), enc('data: x\n'))).not.toBe(t)
  })

  it('parses only the exact two-hash shape', () => {
    const t = responseSignedText(enc('q'), enc('r'))
    expect(parseSignedText(t)).toEqual({
      requestHash: sha256Hex(enc('q')),
      responseHash: sha256Hex(enc('r')),
    })
    expect(parseSignedText(t.toUpperCase())).toBeNull()
    expect(parseSignedText(`${t}:extra`)).toBeNull()
    expect(parseSignedText('abc:def')).toBeNull()
    expect(parseSignedText('')).toBeNull()
  })
})
