import { fireEvent, screen, within } from '@testing-library/react'
import type { Address, Hash } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import { auditSettlements } from '@/lib/ledger/settlement-audit'
import { renderWithProviders } from '@/testing/render-with-providers'
import { SettlementAuditCard } from './settlement-audit-card'

const USER = '0x1111111111111111111111111111111111111111' as Address
const P = '0x2222222222222222222222222222222222222222' as Address
const TX = `0x${'ab'.repeat(32)}` as Hash

const audits = auditSettlements({
  chainId: 31337,
  user: USER,
  records: [
    {
      id: 'r1',
      chainId: 31337,
      user: USER,
      provider: P,
      model: '<img src=x onerror=alert(1)>\u202Eevil',
      kind: 'chat',
      chatId: 'chatcmpl-1',
      fee: '1000',
      at: 1000,
    },
    {
      id: 'r2',
      chainId: 31337,
      user: USER,
      provider: P,
      model: 'm',
      kind: 'chat',
      fee: '5',
      at: 9000,
    },
  ],
  history: [
    {
      id: 'x',
      kind: 'fund-spent',
      at: 2000,
      provider: P,
      amount: 1500n,
      detail: '',
      hash: TX,
      source: 'chain',
    },
  ],
  verdicts: new Map([['r1', 'verified']]),
})

vi.mock('@/hooks/ledger/use-settlement-audit', () => ({
  useSettlementAudit: () => ({
    audits,
    chain: { error: null, refetch: () => {} },
    isPending: false,
  }),
}))

describe('SettlementAuditCard', () => {
  it('shows the verdict exactly, the amounts, and the responses as inert text', async () => {
    await renderWithProviders(<SettlementAuditCard services={new Map()} />)
    const table = screen.getByRole('table', { name: 'Settlement audit' })
    const row = table.querySelector(`tr[data-provider="${P}"]`) as HTMLElement
    expect(within(row).getByText('Over-charged by 0.0000000000000005 0G')).toBeTruthy()
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((c) => c.textContent)).toEqual([
      'Over-charged by 0.0000000000000005 0G',
      '0.000000000000001 0G',
      '0.0000000000000015 0G',
      '0.000000000000000005 0G',
      'Show 2',
    ])
    fireEvent.click(within(row).getByRole('button', { name: 'Show 2' }))
    const list = screen.getByRole('table', { name: 'Audited responses' })
    const rows = within(list).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows[0]!.textContent).toContain('<img src=x onerror=alert(1)>evil')
    expect(rows[0]!.textContent).toContain('verified')
    expect(rows[1]!.textContent).toContain('unsettled')
    expect(list.querySelector('img')).toBeNull()
    expect(screen.getByRole('button', { name: 'Export audit CSV' })).toBeTruthy()
  })
})
