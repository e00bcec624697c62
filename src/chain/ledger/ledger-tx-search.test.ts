import { encodeFunctionData, MethodNotFoundRpcError, parseEther, RpcRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { contractAddresses } from '@/contracts/addresses'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import { fetchLedgerCalls } from './ledger-tx-search'

const user = '0x00000000000000000000000000000000000000aa'
const ledger = contractAddresses[31337].ledger
const deposit = encodeFunctionData({ abi: ledgerManagerAbi, functionName: 'depositFund' })
const hashOf = (n: number) => `0x${n.toString(16).padStart(64, '0')}`
const page = (first: number, count: number, lastPage: boolean) => ({
  txs: Array.from({ length: count }, (_, i) => ({
    hash: hashOf(first - i),
    from: user,
    to: ledger,
    input: deposit,
    value: '0x1',
    blockNumber: `0x${(first - i).toString(16)}`,
    blockTimestamp: '0x10',
  })),
  receipts: Array.from({ length: count }, (_, i) => ({
    transactionHash: hashOf(first - i),
    status: '0x1',
  })),
  lastPage,
})

describe('fetchLedgerCalls, node search', () => {
  it('pages back by block until lastPage, without duplicates', async () => {
    const asked: unknown[] = []
    const client = {
      request: ({ params }: { params: unknown[] }) => {
        asked.push(params[1])
        return Promise.resolve(params[1] === 0 ? page(100, 25, false) : page(76, 3, true))
      },
    }
    const found = await fetchLedgerCalls(client as never, 31337, user, undefined)
    expect(asked).toEqual([0, 76])
    expect(found.source).toBe('node')
    expect(found.complete).toBe(true)
    expect(found.entries).toHaveLength(27) // block 76 came twice, kept once
    expect(found.entries[0]).toMatchObject({ kind: 'deposit', amount: 1n, source: 'node' })
  })
  it('says "none" when the node has no such method', async () => {
    const client = {
      request: () =>
        Promise.reject(
          new MethodNotFoundRpcError(
            new RpcRequestError({
              body: {},
              url: '',
              error: { code: -32601, message: 'Method not found' },
            }),
          ),
        ),
    }
    expect(await fetchLedgerCalls(client as never, 31337, user, undefined)).toEqual({
      source: 'none',
      entries: [],
      complete: false,
    })
  })
  it('passes other failures on (the card shows them)', async () => {
    const client = { request: () => Promise.reject(new Error('socket hang up')) }
    await expect(fetchLedgerCalls(client as never, 31337, user, undefined)).rejects.toThrow(
      'socket hang up',
    )
  })
  it('stops after its page limit and says the list is not complete', async () => {
    let n = 10_000
    const client = {
      request: () => {
        n -= 25
        return Promise.resolve(page(n, 25, false))
      },
    }
    const found = await fetchLedgerCalls(client as never, 31337, user, undefined)
    expect(found.complete).toBe(false)
    expect(found.entries.length).toBe(200)
  })
})

describe('fetchLedgerCalls, explorer', () => {
  it('asks the explorer API instead of the node when one is configured', async () => {
    const server = await import('node:http').then(({ createServer }) =>
      createServer((req, res) => {
        const q = new URL(req.url!, 'http://x').searchParams
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({
            status: '1',
            message: 'OK',
            result: [
              {
                hash: hashOf(1),
                from: q.get('address'),
                to: ledger.toLowerCase(),
                input: encodeFunctionData({
                  abi: ledgerManagerAbi,
                  functionName: 'addLedger',
                  args: [''],
                }),
                value: parseEther('3').toString(),
                blockNumber: '9',
                timeStamp: '1700000000',
                isError: '0',
                txreceipt_status: '1',
              },
            ],
          }),
        )
      }),
    )
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { port } = server.address() as { port: number }
    const client = { request: () => Promise.reject(new Error('the node must not be asked')) }
    try {
      const found = await fetchLedgerCalls(
        client as never,
        31337,
        user,
        `http://127.0.0.1:${port}/open/api`,
      )
      expect(found).toMatchObject({ source: 'explorer', complete: true })
      expect(found.entries[0]).toMatchObject({
        kind: 'create-ledger',
        amount: parseEther('3'),
        source: 'explorer',
        at: 1.7e12,
      })
    } finally {
      server.close()
    }
  })
})
