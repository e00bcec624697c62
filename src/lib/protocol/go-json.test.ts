/**
 * The Go-style marshaller against outputs written out by hand from Go's encoding/json rules
 * (sorted keys, HTML escapes, float64 numbers), not produced by the code under test.
 */
import { describe, expect, it } from 'vitest'
import { brokerEnsureStreamOptions, goMarshal } from './go-json'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

describe('goMarshal', () => {
  it('sorts object keys by UTF-8 bytes at every level and writes no spaces', () => {
    expect(goMarshal({ b: 1, a: { z: true, y: null }, A: [1, 'x'] })).toBe(
      '{"A":[1,"x"],"a":{"y":null,"z":true},"b":1}',
    )
    // U+FF5E sorts before U+1F600 as UTF-8 bytes (EF.. < F0..) though not as UTF-16 units
    expect(goMarshal({ '\u{1F600}': 1, '\uFF5E': 2 })).toBe('{"～":2,"😀":1}')
  })

  it('escapes <, >, & and U+2028/U+2029, keeps other unicode as is', () => {
    expect(goMarshal('a<b>&c')).toBe('"a\\u003cb\\u003e\\u0026c"')
    expect(goMarshal('\u2028\u2029')).toBe('"\\u2028\\u2029"')
    expect(goMarshal('héllo 世界 😀 \u007f')).toBe('"héllo 世界 😀 \u007f"')
  })

  it('escapes quotes, backslashes and control characters like Go', () => {
    expect(goMarshal('"\\\n\r\t\b\f\u0000\u001b')).toBe('"\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001b"')
  })

  it('turns lone surrogates into U+FFFD (what Go decodes them to)', () => {
    expect(goMarshal('a\ud800b\udc00')).toBe('"a\ufffdb\ufffd"')
  })

  it('writes numbers as float64 in the shortest form', () => {
    expect(goMarshal([0, -0, 1, 0.7, 1e21, 1e20, 1e-7, 0.000001, 2 ** 64 + 1, -1.5])).toBe(
      '[0,-0,1,0.7,1e+21,100000000000000000000,1e-7,0.000001,18446744073709552000,-1.5]',
    )
  })
})

describe('brokerEnsureStreamOptions', () => {
  it('adds include_usage to a streamed body without it and re-marshals Go-style', () => {
    const body = enc(
      '{"stream": true, "model":"m","messages":[{"role":"user","content":"<hi> & bye"}]}',
    )
    expect(dec(brokerEnsureStreamOptions(body))).toBe(
      '{"messages":[{"content":"\\u003chi\\u003e \\u0026 bye","role":"user"}],"model":"m","stream":true,"stream_options":{"include_usage":true}}',
    )
  })

  it('keeps the bytes when include_usage is present (true or false) or the body is not streamed', () => {
    for (const s of [
      '{"stream":true,"stream_options":{"include_usage":false},"b":1,"a":2}',
      '{"stream":true,"stream_options":{"include_usage":true}}',
      '{"stream":false,"b":1,"a":2}',
      '{"b":1,"a":2}',
      '{"stream":"true"}',
      'not json',
      '[1,2]',
    ]) {
      const body = enc(s)
      expect(brokerEnsureStreamOptions(body)).toBe(body)
    }
  })

  it('adds to an existing stream_options object, replaces a non-object one', () => {
    expect(dec(brokerEnsureStreamOptions(enc('{"stream_options":{"x":1},"stream":true}')))).toBe(
      '{"stream":true,"stream_options":{"include_usage":true,"x":1}}',
    )
    expect(dec(brokerEnsureStreamOptions(enc('{"stream_options":5,"stream":true}')))).toBe(
      '{"stream":true,"stream_options":{"include_usage":true}}',
    )
  })
})
