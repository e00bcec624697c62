/** The chat's cost estimate, Edit and Regenerate controls (docs/playground.md, Chat). */
import { fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { formatZeroG } from '@/lib/format'
import { chatEstimate, DEFAULT_OUTPUT_ALLOWANCE } from '@/lib/playground/chat-turns'
import type { ChatMessage, StoredVerification } from '@/lib/playground/conversation'
import { TestId } from '@/lib/test-ids'
import { ChatCostEstimate } from './chat-estimate'
import { ChatMessageView } from './chat-message'
import { ChatTranscript } from './chat-transcript'

const service = {
  serviceType: 'chatbot',
  inputPrice: 1_000_000_000n,
  outputPrice: 3_000_000_000n,
  additionalInfo: JSON.stringify({
    tieredPricing: {
      tiers: [
        { maxInputTokens: 4, inputMultiplier: 1, outputMultiplier: 1 },
        { maxInputTokens: 0, inputMultiplier: 2, outputMultiplier: 2 },
      ],
    },
  }),
}

const noProof: StoredVerification = {
  status: 'no-proof',
  detail: 'the provider gave no proof',
}
const verifying: StoredVerification = { status: 'verifying' }

const user: ChatMessage = { id: 'u1', role: 'user', content: 'What is 0G?', createdAt: 1 }
const older: ChatMessage = {
  id: 'a1',
  role: 'assistant',
  content: 'First answer',
  createdAt: 2,
  fee: '1000000000000000',
  verification: noProof,
}
const reply: ChatMessage = {
  id: 'a2',
  role: 'assistant',
  content: 'Second answer',
  createdAt: 3,
  fee: '2000000000000000',
  verification: verifying,
  alternatives: [older],
}

describe('ChatCostEstimate', () => {
  const history = [user, reply]
  it('shows billing.ts’s figure for system prompt + history + draft and says how on hover', () => {
    const { rerender } = render(
      <ChatCostEstimate
        service={service}
        systemPrompt="Be brief"
        history={history}
        draft="hi"
        maxTokens={64}
      />,
    )
    const el = screen.getByTestId(TestId.ChatEstimate)
    const e = chatEstimate(service, {
      systemPrompt: 'Be brief',
      history,
      draft: 'hi',
      maxTokens: 64,
    })
    // 8 + 11 + 13 + 2 = 34 characters → 9 tokens: the second tier (×2) applies.
    expect(e.inputTokens).toBe(9n)
    expect(e.fee).toBe(9n * 2_000_000_000n + 64n * 6_000_000_000n)
    expect(el.textContent).toContain(`≈ ${formatZeroG(e.fee)} 0G`)
    expect(el.textContent).toMatch(/^Estimated cost/)
    expect(el.getAttribute('data-neuron')).toBe(e.fee.toString())
    expect(el.title).toContain('characters ÷ 4, rounded up')
    expect(el.title).toContain('9 input tokens')
    expect(el.title).toContain('64 output tokens (max tokens')
    // typing grows the estimate
    rerender(
      <ChatCostEstimate
        service={service}
        systemPrompt="Be brief"
        history={history}
        draft={'hi'.repeat(40)}
        maxTokens={64}
      />,
    )
    expect(Number(el.getAttribute('data-neuron'))).toBeGreaterThan(Number(e.fee))
  })
  it('states the default output allowance when max tokens is unset', () => {
    render(
      <ChatCostEstimate
        service={service}
        systemPrompt=""
        history={[]}
        draft="abc"
        maxTokens={undefined}
      />,
    )
    const el = screen.getByTestId(TestId.ChatEstimate)
    expect(el.title).toContain(`${DEFAULT_OUTPUT_ALLOWANCE} output tokens (a default allowance`)
    expect(el.getAttribute('data-neuron')).toBe(
      (1n * 1_000_000_000n + BigInt(DEFAULT_OUTPUT_ALLOWANCE) * 3_000_000_000n).toString(),
    )
  })
})

describe('Edit', () => {
  it('edits a user message in place and sends the new text; Cancel keeps it', async () => {
    const onEdit = vi.fn()
    render(<ChatMessageView message={user} onEdit={onEdit} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }))
    const box = screen.getByLabelText('Edit your message')
    expect((box as HTMLTextAreaElement).value).toBe('What is 0G?')
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onEdit).not.toHaveBeenCalled()
    expect(screen.getByText('What is 0G?')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Edit' }))
    const again = screen.getByLabelText('Edit your message')
    fireEvent.change(again, { target: { value: '   ' } })
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save and send' }).disabled).toBe(
      true,
    )
    fireEvent.change(again, { target: { value: 'What is 0G Compute?' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save and send' }))
    expect(onEdit).toHaveBeenCalledWith(user, 'What is 0G Compute?')
    expect(screen.queryByLabelText('Edit your message')).toBeNull()
  })
  it('is not offered on replies and is disabled while a request runs', () => {
    const { rerender } = render(<ChatMessageView message={reply} onEdit={vi.fn()} />)
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull()
    rerender(<ChatMessageView message={user} onEdit={vi.fn()} busy />)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Edit' }).disabled).toBe(true)
  })
})

describe('Regenerate', () => {
  it('is on the last reply only and calls back', async () => {
    const onRegenerate = vi.fn()
    const first: ChatMessage = { ...older, id: 'a0', alternatives: undefined }
    render(
      <ChatTranscript
        messages={[{ ...user, id: 'u0' }, first, user, reply]}
        pendingPrompt={null}
        streaming={null}
        onRegenerate={onRegenerate}
        onEdit={vi.fn()}
      />,
    )
    const buttons = screen.getAllByRole('button', { name: 'Regenerate' })
    expect(buttons).toHaveLength(1)
    const last = screen.getAllByTestId(TestId.ChatMessage).at(-1)!
    expect(last.contains(buttons[0]!)).toBe(true)
    expect(screen.getAllByRole('button', { name: 'Edit' })).toHaveLength(2)
    await userEvent.click(buttons[0]!)
    expect(onRegenerate).toHaveBeenCalledOnce()
  })
  it('pages through the earlier replies, each with its own verdict and cost', async () => {
    const onRetry = vi.fn()
    render(<ChatMessageView message={reply} onRetryVerdict={onRetry} />)
    const version = screen.getByTestId(TestId.ReplyVersion)
    expect(version.textContent).toBe('2/2')
    expect(await screen.findByText('Second answer')).toBeTruthy()
    expect(screen.getByTestId(TestId.VerificationBadge).getAttribute('data-status')).toBe(
      'verifying',
    )
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next reply' }).disabled).toBe(
      true,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Previous reply' }))
    expect(version.textContent).toBe('1/2')
    expect(await screen.findByText('First answer')).toBeTruthy()
    expect(screen.queryByText('Second answer')).toBeNull()
    const badge = screen.getByTestId(TestId.VerificationBadge)
    expect(badge.getAttribute('data-status')).toBe('no-proof')
    expect(screen.getByTestId(TestId.ResponseCost).textContent).toContain(
      `${formatZeroG(1_000_000_000_000_000n)} 0G`,
    )
    // the retry asks again for the version shown
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledWith(older)
  })
  it('shows no pager for a reply without alternatives', () => {
    render(<ChatMessageView message={older} />)
    expect(screen.queryByTestId(TestId.ReplyVersion)).toBeNull()
  })
})
