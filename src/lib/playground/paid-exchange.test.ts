/** The pure parts of the one paid-exchange workflow (#12.3): usage ids, usage text, resumable checks. */
import { describe, expect, it, vi } from 'vitest'
import {
  paidUsageRecord,
  resumableChecks,
  retryPatch,
  usageText,
  verdictRetry,
} from './paid-exchange'

const user = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const provider = '0x00000000000000000000000000000000000000B2'
const tokens = { kind: 'tokens', inputTokens: 12n, outputTokens: 30n } as const

describe('paidUsageRecord', () => {
  const base = {
    chainId: 31337,
    user,
    provider,
    model: 'GLM-5-FP8',
    kind: 'chat',
    fee: 42n,
    usage: tokens,
    at: 7,
  } as const

  it('is keyed by the local record id; the chat id is kept beside it', () => {
    const r = paidUsageRecord({ ...base, id: 'rec-1', chatId: 'chatcmpl-9' })
    expect(r).toEqual({
      id: 'rec-1',
      chatId: 'chatcmpl-9',
      chainId: 31337,
      user,
      provider,
      model: 'GLM-5-FP8',
      kind: 'chat',
      fee: '42',
      at: 7,
      detail: '12 in / 30 out tokens',
    })
  })

  it('two responses without a chat id get two ids (never an empty one)', () => {
    const a = paidUsageRecord({ ...base, id: 'rec-a', chatId: '' })
    const b = paidUsageRecord({ ...base, id: 'rec-b', chatId: '' })
    expect(a.id).not.toBe(b.id)
    expect(a.id).not.toBe('')
    expect('chatId' in a).toBe(false)
  })

  it('appends a note to the detail', () => {
    const r = paidUsageRecord({ ...base, id: 'x', chatId: 'c', note: 'side by side' })
    expect(r.detail).toBe('12 in / 30 out tokens (side by side)')
  })
})

describe('usageText', () => {
  it('says what a response was billed for', () => {
    expect(usageText(tokens)).toBe('12 in / 30 out tokens')
    expect(usageText({ kind: 'images', count: 1n })).toBe('1 image')
    expect(usageText({ kind: 'images', count: 2n })).toBe('2 images')
    expect(usageText({ kind: 'duration', milliseconds: 2500n })).toBe('2.5 s audio')
    expect(usageText(null)).toBe('no usage reported')
  })
})

describe('resumableChecks', () => {
  const verifying = { status: 'verifying', expectedText: 'a:b' } as const
  it('keeps results still verifying with their expected text, chat id and provider', () => {
    expect(
      resumableChecks([
        { id: '1', chatId: 'c1', provider, verification: verifying },
        { id: '2', chatId: 'c2', provider, verification: { status: 'verifying' } },
        { id: '3', chatId: '', provider, verification: verifying },
        { id: '4', chatId: 'c4', verification: verifying },
        { id: '5', chatId: 'c5', provider, verification: null },
        { id: '6', chatId: 'c6', provider },
        {
          id: '7',
          chatId: 'c7',
          provider,
          verification: { status: 'not-verifiable', detail: 'stopped' },
        },
      ]),
    ).toEqual([{ id: '1', chatId: 'c1', provider, expectedText: 'a:b' }])
  })
})

describe('retryPatch', () => {
  it('turns a "no proof" verdict with its expected text back into "verifying"', () => {
    expect(retryPatch({ status: 'no-proof', detail: 'x', expectedText: 'a:b' })).toEqual({
      verification: { status: 'verifying', expectedText: 'a:b' },
    })
  })
  it('has nothing to retry without a chat id (no expected text) or for other verdicts', () => {
    expect(retryPatch({ status: 'no-proof', detail: 'x' })).toBeNull()
    expect(retryPatch({ status: 'not-verifiable', detail: 'x' })).toBeNull()
    expect(retryPatch(undefined)).toBeNull()
  })
})

describe('verdictRetry', () => {
  it('stores the retry patch for the result id when called', () => {
    const patchVerdict = vi.fn().mockResolvedValue(undefined)
    const retry = verdictRetry(patchVerdict, 'item-1', {
      status: 'no-proof',
      detail: 'x',
      expectedText: 'a:b;c',
    })
    expect(patchVerdict).not.toHaveBeenCalled()
    retry?.()
    expect(patchVerdict).toHaveBeenCalledWith('item-1', {
      verification: { status: 'verifying', expectedText: 'a:b;c' },
    })
  })
  it('offers nothing when the verdict cannot be retried', () => {
    const patchVerdict = vi.fn()
    expect(
      verdictRetry(patchVerdict, 'item-1', { status: 'no-proof', detail: 'x' }),
    ).toBeUndefined()
    expect(verdictRetry(patchVerdict, 'item-1', null)).toBeUndefined()
  })
})
