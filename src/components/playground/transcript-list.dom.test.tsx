/** The Speech tab's history of transcripts (docs/playground.md, Speech history). */
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Transcript } from '@/lib/playground/conversation'
import { TestId } from '@/lib/test-ids'
import { TranscriptList } from './transcript-list'

const base: Omit<Transcript, 'id' | 'fileName' | 'verification' | 'createdAt'> = {
  chainId: 31337,
  user: '0x1111111111111111111111111111111111111111',
  provider: '0x2222222222222222222222222222222222222222',
  model: 'whisper',
  text: 'hello',
  fee: '1',
  usageText: '1.5 s audio',
  chatId: 'c',
}
const items: Transcript[] = [
  {
    ...base,
    id: 'b',
    fileName: 'second\u202e.wav',
    verification: { status: 'verifying' },
    createdAt: 2_000,
  },
  {
    ...base,
    id: 'a',
    fileName: 'first.wav',
    verification: { status: 'not-verifiable', detail: 'sealed' },
    createdAt: 1_000,
  },
]

describe('TranscriptList', () => {
  it('lists each transcript with its verdict; open and delete call back with its id', async () => {
    const onOpen = vi.fn()
    const onDelete = vi.fn()
    render(<TranscriptList items={items} openId="b" onOpen={onOpen} onDelete={onDelete} />)
    const rows = screen.getAllByTestId(TestId.TranscriptItem)
    expect(rows).toHaveLength(2)
    expect(
      rows.map((r) => within(r).getByTestId(TestId.HistoryVerdict).getAttribute('data-status')),
    ).toEqual(['verifying', 'not-verifiable'])
    expect(within(rows[1]!).getByTestId(TestId.HistoryVerdict).textContent).toBe('Not verifiable')
    // bidi controls of a stored file name are stripped
    expect(rows[0]!.textContent).not.toContain('\u202e')
    const open = within(rows[0]!).getByRole('button', { name: /^second\.wav/ })
    expect(open.getAttribute('aria-current')).toBe('true')
    await userEvent.click(within(rows[1]!).getByRole('button', { name: /^first\.wav/ }))
    expect(onOpen).toHaveBeenCalledWith('a')
    await userEvent.click(
      within(rows[1]!).getByRole('button', { name: /^Delete transcript first/ }),
    )
    expect(onDelete).toHaveBeenCalledWith('a')
  })
  it('says what to do when there is none', () => {
    render(<TranscriptList items={[]} openId={null} onOpen={vi.fn()} onDelete={vi.fn()} />)
    expect(screen.getByText(/No transcripts yet/)).toBeTruthy()
  })
})
