/** The chat's estimate, edit history and regenerated replies (docs/playground.md, Chat). */
import { describe, expect, it } from 'vitest'
import { estimateFee } from '@/lib/protocol/billing'
import {
  allVersions,
  approxTokens,
  chatEstimate,
  DEFAULT_OUTPUT_ALLOWANCE,
  historyBeforeEdit,
  historyBeforeLastReply,
  MAX_ALTERNATIVES,
  patchVersion,
  withPreviousReply,
} from './chat-turns'
import type { ChatMessage } from './conversation'
import { parseStoredConversation } from './stored-conversation'

const flat = { serviceType: 'chatbot', inputPrice: 10n, outputPrice: 30n, additionalInfo: '{}' }
// Above 8 input tokens, input costs ×2 and output ×3.
const tiered = {
  ...flat,
  additionalInfo: JSON.stringify({
    tieredPricing: {
      tiers: [
        { maxInputTokens: 8, inputMultiplier: 1, outputMultiplier: 1 },
        { maxInputTokens: 0, inputMultiplier: 2, outputMultiplier: 3 },
      ],
    },
  }),
}

const msg = (id: string, role: ChatMessage['role'], content = id): ChatMessage => ({
  id,
  role,
  content,
  createdAt: 1,
})

describe('approxTokens', () => {
  it('is characters ÷ 4 rounded up, never negative', () => {
    expect([0, 1, 4, 5, 8, 9, -3].map(approxTokens)).toEqual([0, 1, 1, 2, 2, 3, 0])
  })
})

describe('chatEstimate', () => {
  it('counts system prompt + history + draft and the max tokens, priced by estimateFee', () => {
    const e = chatEstimate(flat, {
      systemPrompt: 'abcd', // 4
      history: [{ content: 'hello' }, { content: 'world!!' }], // 12
      draft: 'xy', // 2 → 18 chars → 5 tokens
      maxTokens: 7,
    })
    expect(e.inputTokens).toBe(5n)
    expect(e.outputTokens).toBe(7n)
    expect(e.fee).toBe(5n * 10n + 7n * 30n)
  })
  it('uses the default allowance when max tokens is not a positive integer', () => {
    for (const maxTokens of [undefined, 0, -1, 1.5, Number.NaN]) {
      const e = chatEstimate(flat, { systemPrompt: '', history: [], draft: '', maxTokens })
      expect(e.outputTokens).toBe(BigInt(DEFAULT_OUTPUT_ALLOWANCE))
      expect(e.inputTokens).toBe(0n)
    }
  })
  it('applies the tier the estimated input tokens hit', () => {
    const small = chatEstimate(tiered, {
      systemPrompt: '',
      history: [],
      draft: 'a'.repeat(32),
      maxTokens: 1,
    })
    const large = chatEstimate(tiered, {
      systemPrompt: '',
      history: [],
      draft: 'a'.repeat(33),
      maxTokens: 1,
    })
    expect(small.fee).toBe(8n * 10n + 30n)
    expect(large.fee).toBe(9n * 20n + 90n)
    expect(large.fee).toBe(
      estimateFee(tiered, { inputTokens: 9n, outputTokens: 1n, images: 0n, seconds: 0n }),
    )
  })
})

describe('historyBeforeEdit', () => {
  const chat = [
    msg('u1', 'user'),
    msg('a1', 'assistant'),
    msg('u2', 'user'),
    msg('a2', 'assistant'),
  ]
  it('keeps the messages before the edited one', () => {
    expect(historyBeforeEdit(chat, 'u2')?.map((m) => m.id)).toEqual(['u1', 'a1'])
    expect(historyBeforeEdit(chat, 'u1')).toEqual([])
  })
  it('refuses replies and unknown ids', () => {
    expect(historyBeforeEdit(chat, 'a1')).toBeNull()
    expect(historyBeforeEdit(chat, 'nope')).toBeNull()
  })
})

describe('regenerated replies', () => {
  it('drops only a last reply from the history', () => {
    expect(historyBeforeLastReply([msg('u1', 'user'), msg('a1', 'assistant')])).toHaveLength(1)
    expect(historyBeforeLastReply([msg('u1', 'user')])).toHaveLength(1)
  })
  it('keeps the replaced reply and its own earlier ones, oldest first, flat', () => {
    const second = withPreviousReply(msg('a2', 'assistant'), msg('a1', 'assistant'))
    const third = withPreviousReply(msg('a3', 'assistant'), second)
    expect(third.alternatives?.map((m) => m.id)).toEqual(['a1', 'a2'])
    expect(third.alternatives?.[1]?.alternatives).toBeUndefined()
    expect(withPreviousReply(msg('a', 'assistant'), msg('u', 'user')).alternatives).toBeUndefined()
    expect(withPreviousReply(msg('a', 'assistant'), undefined).alternatives).toBeUndefined()
  })
  it('caps the alternatives', () => {
    let reply = msg('r0', 'assistant')
    for (let i = 1; i <= MAX_ALTERNATIVES + 5; i++)
      reply = withPreviousReply(msg(`r${i}`, 'assistant'), reply)
    expect(reply.alternatives).toHaveLength(MAX_ALTERNATIVES)
    expect(reply.alternatives?.at(-1)?.id).toBe(`r${MAX_ALTERNATIVES + 4}`)
  })
  it('lists and patches alternatives like shown messages', () => {
    const reply = withPreviousReply(msg('a2', 'assistant'), msg('a1', 'assistant'))
    const messages = [msg('u1', 'user'), reply]
    expect(allVersions(messages).map((m) => m.id)).toEqual(['u1', 'a2', 'a1'])
    const patched = patchVersion(messages, 'a1', { fee: '5' })
    expect(patched[1]?.alternatives?.[0]?.fee).toBe('5')
    expect(patched[1]?.fee).toBeUndefined()
    expect(patchVersion(messages, 'a2', { fee: '6' })[1]?.fee).toBe('6')
  })
  it('survive storage: alternatives are parsed, malformed ones dropped', () => {
    const stored = {
      id: 'c',
      chainId: 1,
      user: '0x1111111111111111111111111111111111111111',
      provider: '0x1111111111111111111111111111111111111111',
      model: 'm',
      title: 't',
      systemPrompt: '',
      params: { temperature: 1, maxTokens: 10, topP: 1 },
      updatedAt: 1,
      messages: [
        msg('u1', 'user'),
        {
          ...msg('a2', 'assistant'),
          alternatives: [{ ...msg('a1', 'assistant'), fee: '7' }, { id: 5 }, msg('u9', 'user')],
        },
      ],
    }
    const parsed = parseStoredConversation(stored)?.value.messages[1]
    expect(parsed?.alternatives?.map((m) => [m.id, m.fee])).toEqual([['a1', '7']])
  })
})
