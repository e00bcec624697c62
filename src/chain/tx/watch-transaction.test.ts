/** watchTransaction against a fake client: mined, reverted, replaced (by nonce), RPC failures. */
import { describe, expect, it, vi } from 'vitest'
import type { Address, Hash } from 'viem'
import { watchTransaction, type WatchClient } from './watch-transaction'

const from = '0x00000000000000000000000000000000000000aa' as Address
const hash = `0x${'11'.repeat(32)}` as Hash
const other = `0x${'22'.repeat(32)}` as Hash
const notFound = () =>
  Object.assign(new Error('not found'), { name: 'TransactionReceiptNotFoundError' })

function client(over: Partial<Record<keyof WatchClient, unknown>>): WatchClient {
  return {
    getTransactionReceipt: vi.fn(async () => {
      throw notFound()
    }),
    getTransactionCount: vi.fn(async () => 5),
    getBlockNumber: vi.fn(async () => 10n),
    getBlock: vi.fn(async () => ({ transactions: [] })),
    ...over,
  } as unknown as WatchClient
}

const target = { hash, from, nonce: 5 }

describe('watchTransaction', () => {
  it('waits while pending, then reports the mined receipt', async () => {
    let calls = 0
    const c = client({
      getTransactionReceipt: vi.fn(async () => {
        if (++calls < 3) throw notFound()
        return { status: 'success', blockNumber: 3n, transactionHash: hash }
      }),
    })
    const out = await watchTransaction(c, target, { pollMs: 1 })
    expect(out.status).toBe('confirmed')
    expect(calls).toBe(3)
  })

  it('reports a reverted receipt', async () => {
    const c = client({ getTransactionReceipt: vi.fn(async () => ({ status: 'reverted' })) })
    expect((await watchTransaction(c, target, { pollMs: 1 })).status).toBe('reverted')
  })

  it('detects a speed-up by nonce and finds the replacement', async () => {
    const replacementReceipt = { status: 'success', transactionHash: other }
    const c = client({
      getTransactionReceipt: vi.fn(async ({ hash: h }: { hash: Hash }) => {
        if (h === other) return replacementReceipt
        throw notFound()
      }),
      getTransactionCount: vi.fn(async () => 6),
      getBlock: vi.fn(async ({ blockNumber }: { blockNumber: bigint }) => ({
        transactions:
          blockNumber === 9n ? [{ hash: other, from, nonce: 5, to: '0xbb', input: '0x1234' }] : [],
      })),
    })
    const out = await watchTransaction(c, target, {
      pollMs: 1,
      original: { to: '0xbb' as Address, input: '0x1234' },
    })
    expect(out).toEqual({
      status: 'replaced',
      kind: 'sped-up',
      replacement: { hash: other, receipt: replacementReceipt },
    })
  })

  it('calls a self-send with no data a cancel', async () => {
    const c = client({
      getTransactionCount: vi.fn(async () => 6),
      getBlock: vi.fn(async () => ({
        transactions: [{ hash: other, from, nonce: 5, to: from, input: '0x' }],
      })),
    })
    const out = await watchTransaction(c, target, { pollMs: 1 })
    expect(out).toMatchObject({ status: 'replaced', kind: 'cancelled' })
  })

  it('tolerates a few RPC failures, then gives up with the error', async () => {
    const down = new Error('fetch failed')
    const c = client({ getTransactionReceipt: vi.fn(async () => Promise.reject(down)) })
    await expect(watchTransaction(c, target, { pollMs: 1, maxFailures: 3 })).rejects.toBe(down)
    expect(c.getTransactionReceipt).toHaveBeenCalledTimes(3)
  })
})
