import { describe, expect, it } from 'vitest'
import { MAX_FOUND, parseExplorerTxList, parseOtsPage } from './found-tx'

const hash = `0x${'ab'.repeat(32)}`
const from = `0x${'11'.repeat(20)}`
const to = `0x${'22'.repeat(20)}`

describe('parseOtsPage (anvil / Otterscan search answer)', () => {
  const tx = { hash, from, to, input: '0x1234', value: '0xde0b6b3a7640000', blockNumber: '0x10' }
  it('reads typed fields; time from the receipt or the tx; status from the receipt', () => {
    const page = parseOtsPage({
      txs: [
        { ...tx, blockTimestamp: '0x64' },
        { ...tx, hash: `0x${'cd'.repeat(32)}` },
      ],
      receipts: [
        { transactionHash: hash, status: '0x1' },
        { transactionHash: `0x${'cd'.repeat(32)}`, status: '0x0', timestamp: 200 },
      ],
      lastPage: true,
    })
    expect(page.lastPage).toBe(true)
    expect(page.txs[0]).toEqual({
      hash,
      from,
      to,
      input: '0x1234',
      value: 10n ** 18n,
      blockNumber: 16n,
      at: 100_000,
      ok: true,
    })
    expect(page.txs[1]).toMatchObject({ ok: false, at: 200_000 })
  })
  it('drops malformed items and items whose receipt is missing or for another tx', () => {
    const page = parseOtsPage({
      txs: [
        { ...tx, hash: '0xnothex', blockTimestamp: '0x1' },
        { ...tx, from: '0x12', blockTimestamp: '0x1' },
        { ...tx, value: '-1', blockTimestamp: '0x1' },
        { ...tx, to: '<script>', blockTimestamp: '0x1' },
        { ...tx, blockTimestamp: '0x1' },
        'junk',
      ],
      receipts: [
        { transactionHash: '0xnothex', status: '0x1' },
        { transactionHash: hash, status: '0x1' },
        { transactionHash: hash, status: '0x1' },
        { transactionHash: hash, status: '0x1' },
        { transactionHash: `0x${'ef'.repeat(32)}`, status: '0x1' },
      ],
    })
    expect(page.txs).toEqual([])
    expect(page.lastPage).toBe(false)
  })
  it('refuses an answer that is not a search answer', () => {
    expect(() => parseOtsPage(null)).toThrow('Not a transaction search answer')
    expect(() => parseOtsPage({ txs: 'x' })).toThrow()
  })
  it('keeps a contract creation (no to) with to = null', () => {
    const page = parseOtsPage({
      txs: [{ ...tx, to: null, blockTimestamp: '0x1' }],
      receipts: [{ transactionHash: hash, status: '0x1' }],
    })
    expect(page.txs[0]?.to).toBeNull()
  })
})

describe('parseExplorerTxList (Etherscan-style txlist)', () => {
  const item = {
    hash,
    from,
    to,
    input: '0x',
    value: '3000000000000000000',
    blockNumber: '42',
    timeStamp: '1700000000',
    isError: '0',
    txreceipt_status: '1',
  }
  it('reads decimal strings exactly, and failure from isError / txreceipt_status', () => {
    const txs = parseExplorerTxList({
      status: '1',
      message: 'OK',
      result: [item, { ...item, isError: '1' }, { ...item, txreceipt_status: '0' }],
    })
    expect(txs[0]).toMatchObject({ value: 3n * 10n ** 18n, blockNumber: 42n, at: 1.7e12, ok: true })
    expect(txs.map((t) => t.ok)).toEqual([true, false, false])
  })
  it('"No transactions found" is an empty list; a refusal is an error with its reason, capped', () => {
    expect(
      parseExplorerTxList({ status: '0', message: 'No transactions found', result: [] }),
    ).toEqual([])
    expect(parseExplorerTxList({ status: '0', message: 'No transactions found' })).toEqual([])
    expect(() =>
      parseExplorerTxList({ status: '0', message: 'NOTOK', result: 'Max rate limit reached' }),
    ).toThrow('The explorer refused: Max rate limit reached')
    expect(() => parseExplorerTxList({ status: '0', result: 'x'.repeat(5000) })).toThrow(
      /^The explorer refused: x{120}$/,
    )
  })
  it('drops malformed items and reads at most MAX_FOUND', () => {
    const many = Array.from({ length: MAX_FOUND + 10 }, () => item)
    expect(parseExplorerTxList({ result: many })).toHaveLength(MAX_FOUND)
    expect(
      parseExplorerTxList({ result: [{ ...item, value: '1e18' }, { ...item, timeStamp: 'x' }, 7] }),
    ).toEqual([])
  })
})
