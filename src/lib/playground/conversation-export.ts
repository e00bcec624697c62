/** Conversation exports: JSON (everything, receipts included) and Markdown (readable, with verdicts). */
import { receiptForExport } from '@/lib/protocol/receipt'
import type { ChatMessage, Conversation, StoredVerification } from './conversation'

const exported = (m: ChatMessage): ChatMessage =>
  m.receipt ? { ...m, receipt: receiptForExport(m.receipt, false) } : m

/**
 * Pretty JSON of the whole conversation, regenerated replies' earlier versions included (receipts
 * without the response text: it is opt-in).
 */
export function conversationToJson(c: Conversation): string {
  const messages = c.messages.map((m) =>
    m.alternatives ? { ...exported(m), alternatives: m.alternatives.map(exported) } : exported(m),
  )
  return JSON.stringify(
    { format: '0g-playground-conversation', version: 1, ...c, messages },
    null,
    2,
  )
}

function verdictLine(v: StoredVerification | undefined): string {
  if (!v) return ''
  if (v.status === 'verified')
    return v.requestMatches === false
      ? '✅ verified: signed by the provider’s TEE, response matches (request changed by the provider)'
      : '✅ verified: signed by the provider’s TEE, content matches'
  if (v.status === 'no-proof') return `⚠️ ${v.detail}`
  if (v.status === 'invalid') return `❌ invalid: ${v.detail}`
  if (v.status === 'not-verifiable') return `not verifiable: ${v.detail}`
  return 'verifying…'
}

/** Markdown transcript; each reply is followed by its verdict, cost and receipt. */
export function conversationToMarkdown(c: Conversation): string {
  const out = [`# ${c.title}`, '', `Model: ${c.model} · Provider: ${c.provider}`, '']
  if (c.systemPrompt) out.push(`> System: ${c.systemPrompt}`, '')
  for (const m of c.messages) {
    out.push(`## ${m.role === 'user' ? 'You' : (m.model ?? 'Assistant')}`, '', m.content, '')
    if (m.role === 'assistant') {
      out.push(`_${verdictLine(m.verification)}${m.fee ? ` · fee ${m.fee} neuron` : ''}_`, '')
      if (m.receipt)
        out.push('```json', JSON.stringify(receiptForExport(m.receipt, false), null, 2), '```', '')
    }
  }
  return out.join('\n')
}
