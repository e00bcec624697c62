import { describe, expect, it } from 'vitest'
import {
  expectedOf,
  expectedText,
  extractImages,
  parseExpectedText,
  parseSignedText,
  responseSignedText,
  sha256Hex,
} from './signed-text'

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

  it('reads each family by its shape, and nothing else', () => {
    const q = sha256Hex(enc('q'))
    const r = sha256Hex(enc('r'))
    const t = responseSignedText(enc('q'), enc('r'))
    expect(parseSignedText(t)).toEqual({ family: 'plain', requestHash: q, responseHashes: [r] })
    expect(parseSignedText(`${q}:${r},${q}`)).toEqual({
      family: 'plain',
      requestHash: q,
      responseHashes: [r, q],
    })
    expect(parseSignedText(`${q}:${r}:centralized:aliyun:${q}`)).toEqual({
      family: 'routing',
      requestHash: q,
      responseHash: r,
      providerType: 'centralized',
      providerIdentity: 'aliyun',
      tlsCertFingerprint: q,
    })
    expect(parseSignedText('zg-sig-v1/e2ee-ct:x:y')).toEqual({
      family: 'sealed',
      scheme: 'zg-sig-v1/e2ee-ct',
    })
    expect(parseSignedText(t.toUpperCase())).toBeNull()
    expect(parseSignedText(`${t}:extra`)).toBeNull()
    expect(parseSignedText(`${t}:a:b:${q.slice(1)}`)).toBeNull()
    expect(parseSignedText('abc:def')).toBeNull()
    expect(parseSignedText('')).toBeNull()
  })

  it('expected hashes: images are the decoded b64_json items, stored as req:resp;imgs', () => {
    const body = enc(
      JSON.stringify({ data: [{ b64_json: btoa('one') }, { b64_json: btoa('two') }] }),
    )
    const e = expectedOf(enc('q'), body)
    expect(e.imageHashes).toEqual([sha256Hex(enc('one')), sha256Hex(enc('two'))])
    expect(parseExpectedText(expectedText(e))).toEqual(e)
    expect(extractImages(enc(JSON.stringify({ data: [{ url: 'http://x' }] })))).toBeNull()
    expect(extractImages(enc('data: {"data":[]}'))).toBeNull()
    expect(expectedOf(enc('q'), enc('r')).imageHashes).toBeUndefined()
    expect(parseExpectedText('nope')).toBeNull()
  })
})
