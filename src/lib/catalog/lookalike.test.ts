/** Impersonation marks: shared endpoints and one-line option labels with the provider. */
import { describe, expect, it } from 'vitest'
import { endpointKey, sameUrlText, serviceOptionLabel, sharedEndpoints } from './lookalike'

const A = '0x1111111111111111111111111111111111111111'
const B = '0x2222222222222222222222222222222222222222'
const C = '0x3333333333333333333333333333333333333333'

describe('endpointKey', () => {
  it('ignores scheme, credentials, case of the host, default port, trailing slashes and fragment', () => {
    const k = endpointKey('https://Provider.Example/v1')
    for (const u of [
      'http://provider.example/v1/',
      'https://user:pw@PROVIDER.example:443/v1//',
      'https://provider.example/v1#x',
      '  https://provider.example/v1  ',
    ])
      expect(endpointKey(u)).toBe(k)
    expect(endpointKey('https://provider.example/v2')).not.toBe(k)
    expect(endpointKey('https://provider.example:8443/v1')).not.toBe(k)
  })
  it('compares non-URLs as trimmed lower-case text', () => {
    expect(endpointKey(' Not A URL ')).toBe('not a url')
  })
  it('gives the same keys after more URLs than it keeps parsed (its memory is bounded)', () => {
    const first = endpointKey('https://Kept.Example/v1/')
    for (let i = 0; i < 20_500; i++) endpointKey(`https://p${i}.example/v1`)
    expect(endpointKey('https://Kept.Example/v1/')).toBe(first)
    expect(first).toBe('kept.example/v1')
    expect(endpointKey('https://p20499.example/v1/')).toBe('p20499.example/v1')
  })
})

describe('sharedEndpoints', () => {
  it('maps each provider to the others with the same endpoint', () => {
    const m = sharedEndpoints([
      { provider: A, url: 'http://127.0.0.1:18601' },
      { provider: B, url: 'http://127.0.0.1:18601/' },
      { provider: C, url: 'http://127.0.0.1:18602' },
    ])
    expect(m.get(A.toLowerCase())).toEqual([B])
    expect(m.get(B.toLowerCase())).toEqual([A])
    expect(m.has(C.toLowerCase())).toBe(false)
  })
  it('ignores empty URLs and a provider listed twice', () => {
    const m = sharedEndpoints([
      { provider: A, url: '' },
      { provider: B, url: ' ' },
      { provider: C, url: 'http://x' },
      { provider: C, url: 'http://x' },
    ])
    expect(m.size).toBe(0)
  })
})

describe('labels', () => {
  it('sameUrlText names two addresses at most', () => {
    expect(sameUrlText([])).toBeUndefined()
    expect(sameUrlText([A])).toBe('same URL as 0x1111…1111')
    expect(sameUrlText([A, B, C])).toBe('same URL as 0x1111…1111, 0x2222…2222 +1')
  })
  it('an option names the provider, flags a lookalike name and a shared URL, and is capped', () => {
    expect(serviceOptionLabel({ provider: A, model: 'gpt-oss-120b' }, ['TeeML'])).toBe(
      'gpt-oss-120b · TeeML · 0x1111…1111',
    )
    expect(serviceOptionLabel({ provider: B, model: 'gpt-оss-120b' }, ['TeeML'], [A])).toBe(
      'gpt-оss-120b ⚠ non-ASCII name · TeeML · 0x2222…2222 · ⚠ same URL as 0x1111…1111',
    )
    const long = serviceOptionLabel({ provider: A, model: 'L'.repeat(10_000) }, ['x'.repeat(999)])
    expect(long.length).toBeLessThan(120)
    expect(serviceOptionLabel({ provider: A, model: '\u202Edeifirev' }, [])).not.toContain('\u202E')
  })
})
