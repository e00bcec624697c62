import { describe, expect, it } from 'vitest'
import { describeInferenceError } from './inference-error'

const http = (status: number, message: string) =>
  Object.assign(new Error(message), { name: 'HttpError', status })

describe('describeInferenceError', () => {
  it('classifies provider answers', () => {
    expect(
      describeInferenceError(http(402, 'no sub-account with this provider: transfer funds first'))
        .kind,
    ).toBe('no-sub-account')
    expect(describeInferenceError(http(402, 'insufficient balance')).kind).toBe('low-balance')
    expect(describeInferenceError(http(401, 'token expired')).kind).toBe('auth')
    expect(describeInferenceError(http(429, 'slow')).kind).toBe('rate-limited')
    expect(describeInferenceError(http(500, 'boom'))).toMatchObject({
      kind: 'server',
      title: 'The provider failed (HTTP 500)',
      detail: 'Provider says: “boom”',
    })
  })
  it('caps, cleans and attributes a huge provider message', () => {
    const huge = describeInferenceError(http(402, `{"x":"${'y'.repeat(2_000_000)}"}\u202E`))
    expect(huge.kind).toBe('low-balance')
    expect(huge.detail!.length).toBeLessThan(320)
    expect(huge.detail).toMatch(/^Provider says: “\{"x":"y+…”$/)
    expect(describeInferenceError(http(500, '\u0000\n')).detail).toBeUndefined()
  })
  it('classifies cut streams, network, aborts and wallet rejections', () => {
    expect(
      describeInferenceError(Object.assign(new Error('cut'), { name: 'StreamCutError' })).kind,
    ).toBe('stream-cut')
    expect(
      describeInferenceError(
        Object.assign(new Error('x'), { name: 'NetworkError', timedOut: true }),
      ).title,
    ).toMatch(/in time/)
    expect(describeInferenceError(new DOMException('a', 'AbortError')).kind).toBe('cancelled')
    expect(describeInferenceError({ code: 4001 }).kind).toBe('cancelled')
  })
})
