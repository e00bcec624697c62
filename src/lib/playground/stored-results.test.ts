/** Transcripts and side-by-side runs read back from IndexedDB (#12.3) are validated like the rest. */
import { describe, expect, it } from 'vitest'
import { parseUsageRecord } from '@/lib/usage-record'
import { parseStoredCompareRuns, parseStoredTranscripts } from './stored-conversation'

const user = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const provider = '0x00000000000000000000000000000000000000B2'
const verifying = { status: 'verifying', expectedText: 'a:b' }

const transcript = {
  id: 't1',
  chainId: 31337,
  user,
  provider,
  model: 'whisper-large-v3',
  fileName: 'tone.wav',
  text: 'hello',
  fee: '1000',
  usageText: '2.5 s audio',
  chatId: 'c1',
  verification: verifying,
  createdAt: 5,
}
const column = {
  id: 'col1',
  provider,
  model: 'GLM-5-FP8',
  text: 'reply',
  times: { start: 1.5, firstToken: 2.5, end: 9, outputTokens: 4 },
  fee: '7',
  error: null,
  chatId: 'c2',
  verification: verifying,
}
const run = { id: 'r1', chainId: 31337, user, prompt: 'hi', columns: [column], createdAt: 6 }

describe('stored transcripts', () => {
  it('keeps a sound one and skips malformed ones', () => {
    const { value, dropped } = parseStoredTranscripts([
      transcript,
      { ...transcript, id: 't2', fee: 'lots' },
      { ...transcript, id: 't3', text: 42 },
      null,
    ])
    expect(value).toEqual([transcript])
    expect(dropped).toBe(3)
  })

  it('an unreadable verdict becomes "not verifiable", never "verified"', () => {
    const { value } = parseStoredTranscripts([
      { ...transcript, verification: { status: 'verified' } },
    ])
    expect(value[0]!.verification.status).toBe('not-verifiable')
  })
})

describe('stored side-by-side runs', () => {
  it('keeps a sound run, with a column still streaming (no verdict yet) or failed', () => {
    const streaming = {
      ...column,
      id: 'col2',
      text: '',
      times: { start: 1, firstToken: null, end: null, outputTokens: null },
      fee: null,
      verification: null,
      chatId: undefined,
    }
    const failed = { ...streaming, id: 'col3', error: 'The provider is not reachable' }
    const { value, dropped } = parseStoredCompareRuns([
      { ...run, columns: [column, streaming, failed] },
    ])
    expect(dropped).toBe(0)
    expect(value[0]!.columns.map((c) => c.verification?.status ?? null)).toEqual([
      'verifying',
      null,
      null,
    ])
  })

  it('skips a run with a malformed column, too many columns, or no columns list', () => {
    const { value, dropped } = parseStoredCompareRuns([
      run,
      { ...run, id: 'r2', columns: [{ ...column, times: { start: 'x' } }] },
      {
        ...run,
        id: 'r3',
        columns: Array.from({ length: 9 }, (_, i) => ({ ...column, id: `c${i}` })),
      },
      { ...run, id: 'r4', columns: 'x' },
      { ...run, id: 'r5', columns: [{ ...column, provider: 'javascript:alert(1)' }] },
    ])
    expect(value.map((r) => r.id)).toEqual(['r1'])
    expect(dropped).toBe(4)
  })
})

describe('usage records keep the chat id beside their own id', () => {
  const record = {
    id: 'rec-1',
    chainId: 31337,
    user,
    provider,
    model: 'm',
    kind: 'transcription',
    fee: '10',
    at: 5,
  }
  it('reads a record with and without a chat id, and refuses an empty id', () => {
    expect(parseUsageRecord({ ...record, chatId: 'c1' })?.chatId).toBe('c1')
    expect(parseUsageRecord(record)).toEqual(record)
    expect(parseUsageRecord({ ...record, id: '' })).toBeNull()
    expect(parseUsageRecord({ ...record, chatId: 7 })).toBeNull()
  })
})
