/** Validation of records read back from browser storage (issue #11.2): bad ones are skipped and counted. */
import { describe, expect, it } from 'vitest'
import { parseEntryList } from './api-keys/api-key-entry'
import { parseSeenMap } from './catalog/changes'
import { parseSampleList } from './catalog/health'
import {
  isStoredImageUrl,
  parseStoredConversations,
  parseStoredGallery,
  parseStoredVerification,
  remoteImageUrl,
} from './playground/stored-conversation'
import { parseStoredJson, parseStoredList } from './stored-data'
import { parseTxRecords } from './tx-record'
import { parseUsageRecords, totalFee } from './usage-record'
import { storedTx, storedUsage, TEST_PROVIDER, TEST_USER } from '@/testing/stored-records'

const user = TEST_USER
const provider = TEST_PROVIDER
const PNG = 'data:image/png;base64,iVBORw0KGgo='

const tx = storedTx({ nonce: 3, amount: '7000000000000000000', minedAt: 2000, blockNumber: '12' })
const usage = storedUsage()
const conversation = {
  id: 'c1',
  chainId: 31337,
  user,
  provider,
  model: 'GLM-5-FP8',
  title: 'Kept',
  systemPrompt: '',
  params: { temperature: 0.7, maxTokens: 1024, topP: 1 },
  messages: [{ id: 'm1', role: 'user', content: 'hello', createdAt: 1 }],
  updatedAt: 2,
}
const picture = {
  id: 'g1',
  chainId: 31337,
  user,
  kind: 'generation',
  prompt: 'a cat',
  model: 'z-image',
  provider,
  images: [PNG],
  fee: '1',
  chatId: 'chat-1',
  verification: { status: 'not-verifiable', detail: 'no signature' },
  createdAt: 3,
}
const json = <T>(raw: string, parse: (j: unknown) => { value: T; dropped: number }, empty: T) =>
  parseStoredJson(raw, parse, empty)

describe('transaction log read back', () => {
  it('keeps good records next to bad ones and counts the bad ones', () => {
    expect(parseTxRecords([null, tx, { ...tx, amount: 'lots' }, 'x'])).toEqual({
      value: [tx],
      dropped: 3,
    })
  })
  it('reads the red-team values as empty, one unreadable record each', () => {
    for (const raw of ['{"a":1}', '"hello"', '{"length":3}', '{not json'])
      expect(json(raw, parseTxRecords, [])).toEqual({ value: [], dropped: 1 })
    expect(json('[null]', parseTxRecords, [])).toEqual({ value: [], dropped: 1 })
  })
  it('rejects values that would throw later (BigInt, Date) and cuts long labels', () => {
    const bad = [
      { ...tx, blockNumber: '1e3' },
      { ...tx, submittedAt: 1e20 },
      { ...tx, status: 'weird' },
      { ...tx, providers: 'x' },
      { ...tx, hash: '0x12' },
    ]
    expect(parseTxRecords(bad).dropped).toBe(5)
    const [long] = parseTxRecords([{ ...tx, label: 'x'.repeat(10_000) }]).value
    expect(long!.label.length).toBe(200)
  })
  it('looks at no more than the cap of a huge list', () => {
    const huge = Array.from({ length: 50_000 }, () => null)
    expect(parseTxRecords(huge).dropped).toBe(1000)
  })
})

describe('usage log read back', () => {
  it('drops a record with a non-numeric fee so the total still adds up', () => {
    const { value, dropped } = parseUsageRecords([usage, { ...usage, id: 'u2', fee: 'lots' }])
    expect(value).toEqual([usage])
    expect(dropped).toBe(1)
    expect(totalFee(value)).toBe(1000n)
  })
  it('reads "hello" and {"length":3} as empty, one unreadable record each', () => {
    expect(json('"hello"', parseUsageRecords, [])).toEqual({ value: [], dropped: 1 })
    expect(json('{"length":3}', parseUsageRecords, [])).toEqual({ value: [], dropped: 1 })
  })
})

describe('playground records read back', () => {
  it('skips a conversation whose messages are not a list, keeps the good one', () => {
    const { value, dropped } = parseStoredConversations([
      conversation,
      { ...conversation, id: 'c2', messages: 'x' },
      null,
    ])
    expect(value).toEqual([conversation])
    expect(dropped).toBe(2)
  })
  it('drops malformed messages inside a kept conversation and counts them', () => {
    const messages = [...conversation.messages, { id: 'm2', role: 'user', content: 42 }, 'x']
    const { value, dropped } = parseStoredConversations([{ ...conversation, messages }])
    expect(value[0]!.messages).toHaveLength(1)
    expect(dropped).toBe(2)
  })
  it('skips a gallery item whose images are not a list or not images', () => {
    const { value, dropped } = parseStoredGallery([
      picture,
      { ...picture, id: 'g2', images: 'notarray' },
      { ...picture, id: 'g3', images: ['javascript:alert(1)'] },
      { ...picture, id: 'g4', images: Array(17).fill(PNG) },
    ])
    expect(value.map((g) => g.id)).toEqual(['g1'])
    expect(dropped).toBe(3)
  })
  it('keeps an http(s) image (shown only on click) and tells it apart from data:/blob:', () => {
    const remote = { ...picture, id: 'g5', images: ['http://127.0.0.1:9/x.png'] }
    expect(parseStoredGallery([remote]).value).toHaveLength(1)
    expect(remoteImageUrl('http://127.0.0.1:9/x.png')?.host).toBe('127.0.0.1:9')
    expect(remoteImageUrl(PNG)).toBeNull()
    expect(remoteImageUrl('blob:http://app/1')).toBeNull()
    expect(isStoredImageUrl('file:///etc/passwd')).toBe(false)
  })
  it('never turns an unreadable verdict into "verified"', () => {
    expect(parseStoredVerification({ status: 'verified', detail: 'ok' }).status).toBe(
      'not-verifiable',
    )
    expect(parseStoredVerification('x').status).toBe('not-verifiable')
    const item = parseStoredGallery([{ ...picture, verification: { status: 'verified' } }])
    expect(item.value[0]!.verification.status).toBe('not-verifiable')
  })
  it('drops a routing proof whose time cannot be shown', () => {
    const v = parseStoredVerification({
      status: 'invalid',
      reason: 'routing-proof',
      detail: 'bad',
      signedByTee: true,
      contentMatches: true,
      expectedSigner: provider,
      recoveredSigner: null,
      expectedText: 'a:b',
      signedText: null,
      signature: null,
      routing: { ok: false, problems: ['x'], proof: { timestamp: 1e300 } },
    })
    expect(v.status).toBe('invalid')
    expect('routing' in v).toBe(false)
  })
})

describe('other stores read back', () => {
  it('API-key list, health samples and catalog snapshot count their bad entries', () => {
    const key = { tokenId: 1, label: 'ci', createdAt: 1, expiresAt: 0, generation: 0 }
    expect(parseEntryList([key, { tokenId: 999 }, null])).toEqual({ value: [key], dropped: 2 })
    expect(parseEntryList({ length: 3 })).toEqual({ value: [], dropped: 1 })
    expect(parseSampleList([{ at: 1, ms: 2, ok: true }, { at: 'x' }])).toEqual({
      value: [{ at: 1, ms: 2, ok: true }],
      dropped: 1,
    })
    const seen = parseSeenMap({
      [provider.toLowerCase()]: { fp: 'f', model: 'm' },
      __proto__: { fp: 'f', model: 'm' },
      nope: 1,
    })
    expect(seen.value).toEqual({ [provider.toLowerCase()]: { fp: 'f', model: 'm' } })
    expect(parseSeenMap('hello')).toEqual({ value: null, dropped: 1 })
  })
  it('parseStoredList counts a non-list as one unreadable record', () => {
    expect(parseStoredList('hello', () => 1, 10)).toEqual({ value: [], dropped: 1 })
  })
})
