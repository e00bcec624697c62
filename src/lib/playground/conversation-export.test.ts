import { describe, expect, it } from 'vitest'
import { DEFAULT_PARAMS, matchesQuery, titleFrom, type Conversation } from './conversation'
import { conversationToJson, conversationToMarkdown } from './conversation-export'

const c: Conversation = {
  id: 'c1',
  chainId: 31337,
  user: '0x0000000000000000000000000000000000000001',
  provider: '0x0000000000000000000000000000000000000002',
  model: 'm',
  title: 'Hello',
  systemPrompt: 'be brief',
  params: DEFAULT_PARAMS,
  updatedAt: 1,
  messages: [
    { id: 'u', role: 'user', content: 'Hi there', createdAt: 1 },
    {
      id: 'a',
      role: 'assistant',
      content: 'Hello **you**',
      createdAt: 2,
      model: 'm',
      fee: '123',
      verification: {
        status: 'invalid',
        reason: 'wrong-signer',
        detail: 'Signed by a stranger',
        signedByTee: false,
        contentMatches: true,
        expectedSigner: '0x0000000000000000000000000000000000000003',
        recoveredSigner: null,
        expectedText: 'x',
        signedText: null,
        signature: null,
      },
    },
  ],
}

describe('conversation exports', () => {
  it('JSON carries everything with a format tag', () => {
    const j = JSON.parse(conversationToJson(c)) as Conversation & { format: string }
    expect(j.format).toBe('0g-playground-conversation')
    expect(j.messages[1]!.verification).toMatchObject({ status: 'invalid', reason: 'wrong-signer' })
  })
  it('JSON keeps a regenerated reply’s earlier versions; Markdown shows the newest', () => {
    const [u, a] = c.messages
    const older = { ...a!, id: 'a0', content: 'Earlier answer', fee: '99' }
    const r = { ...c, messages: [u!, { ...a!, alternatives: [older] }] }
    const j = JSON.parse(conversationToJson(r)) as Conversation
    expect(j.messages[1]!.alternatives?.map((m) => [m.id, m.fee])).toEqual([['a0', '99']])
    expect(conversationToMarkdown(r)).not.toContain('Earlier answer')
  })
  it('Markdown has the transcript with verdicts and fees', () => {
    const md = conversationToMarkdown(c)
    expect(md).toContain('# Hello')
    expect(md).toContain('> System: be brief')
    expect(md).toContain('## You\n\nHi there')
    expect(md).toContain('❌ invalid: Signed by a stranger · fee 123 neuron')
  })
  it('search and titles', () => {
    expect(matchesQuery(c, 'HELLO **')).toBe(true)
    expect(matchesQuery(c, 'absent')).toBe(false)
    expect(titleFrom('  a\n b ')).toBe('a b')
    expect(titleFrom('x'.repeat(80))).toHaveLength(58)
  })
})
