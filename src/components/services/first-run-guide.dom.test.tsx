/** The marketplace's first-run guide: steps ticked from real state, gone when done or dismissed. */
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'
import { renderWithProviders, TEST_ACCOUNT } from '@/testing/render-with-providers'
import { FirstRunGuide, ZERO_G_COMPUTE_DOCS } from './first-run-guide'

const PROVIDER = '0x00000000000000000000000000000000000000aa'
/** The devnet's chain id (the test wallet's chain) and the ledger overview's query key on it. */
const DEVNET = 31337
const OVERVIEW_KEY = ['ledger', 'overview', { chainId: DEVNET, user: TEST_ACCOUNT }]

/** One paid response of the test wallet on the devnet, as the Playground stores it. */
function seedUsage() {
  const record = {
    id: 'reply-1',
    chainId: DEVNET,
    user: TEST_ACCOUNT,
    provider: PROVIDER,
    model: 'm',
    kind: 'chat',
    fee: '1',
    at: Date.now(),
  }
  localStorage.setItem(
    `0g-usage:v1:${DEVNET}:${TEST_ACCOUNT.toLowerCase()}`,
    JSON.stringify([record]),
  )
}
const ZG = 10n ** 18n

function overview(ledger: boolean, providerBalance: bigint | null): LedgerOverview {
  return {
    ledger: ledger ? { total: 5n * ZG, available: 5n * ZG, locked: 0n } : null,
    fineTuningAccounts: [],
    accounts:
      providerBalance === null
        ? []
        : [
            {
              provider: PROVIDER,
              balance: providerBalance,
              pendingRefund: 0n,
              refunds: [],
              acknowledged: true,
              nonce: 0n,
            },
          ],
    lockTime: 86_400n,
    chainTime: 1n,
    blockNumber: 1n,
    readAt: Date.now(),
  }
}

const step = (n: number) =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('aria-label')?.startsWith(`Step ${n}:`))!

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

describe('FirstRunGuide', () => {
  it('starts with nothing done, links the 0G docs and says what to do next', async () => {
    await renderWithProviders(<FirstRunGuide />)
    const guide = screen.getByRole('region', { name: 'Get started' })
    expect(['1', '2', '3'].map((n) => step(Number(n)).getAttribute('data-state'))).toEqual([
      'todo',
      'todo',
      'todo',
    ])
    expect(within(step(1)).getByRole('button', { name: 'Connect wallet' })).toBeTruthy()
    expect(step(2).textContent).toContain('at least 3 0G')
    const docs = within(guide).getByRole('link', { name: '0G Compute docs' })
    expect(docs.getAttribute('href')).toBe(ZERO_G_COMPUTE_DOCS)
    expect(docs.getAttribute('rel')).toContain('noopener')
  })

  it('ticks connect, try from usage records and fund from the ledger read; then hides', async () => {
    seedUsage()
    const { queryClient } = await renderWithProviders(<FirstRunGuide />, { wallet: 'connected' })
    const key = OVERVIEW_KEY
    expect(step(1).getAttribute('data-state')).toBe('done')
    expect(step(3).getAttribute('data-state')).toBe('done')
    expect(within(step(1)).queryByRole('button', { name: 'Connect wallet' })).toBeNull()

    // A ledger without funds with any provider is not "funded" yet.
    const fundState = async (data: LedgerOverview) => {
      queryClient.setQueryData(key, data)
      // TanStack notifies observers on a later tick.
      await act(() => new Promise((r) => setTimeout(r, 0)))
      return step(2).getAttribute('data-state')
    }
    expect(await fundState(overview(true, null))).toBe('todo')
    expect(await fundState(overview(true, 0n))).toBe('todo')
    expect(await fundState(overview(false, null))).toBe('todo')
    // The last step done: the guide is gone.
    queryClient.setQueryData(key, overview(true, 2n * ZG))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Get started' })).toBeNull())
  })

  it('stays dismissed in this browser', async () => {
    const first = await renderWithProviders(<FirstRunGuide />)
    await first.user.click(screen.getByRole('button', { name: 'Dismiss guide' }))
    expect(screen.queryByRole('region', { name: 'Get started' })).toBeNull()
    first.unmount()
    await renderWithProviders(<FirstRunGuide />)
    expect(screen.queryByRole('region', { name: 'Get started' })).toBeNull()
  })
})
