/** The transaction client sends each action's JSON-RPC method through the client it was given. */
import { createClient, custom, parseAbi } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import { txClientOf } from './tx-client'

const ADDR = '0x1111111111111111111111111111111111111111'

function fakeClient() {
  const request = vi.fn(async ({ method }: { method: string }) => {
    switch (method) {
      case 'eth_getTransactionCount':
        return '0x7'
      case 'eth_estimateGas':
        return '0x5208'
      case 'eth_blockNumber':
        return '0x10'
      case 'eth_call':
        return `0x${'0'.repeat(63)}2`
      case 'eth_getTransactionReceipt':
        return null
      default:
        throw new Error(`unexpected ${method}`)
    }
  })
  return { client: createClient({ transport: custom({ request }) }), request }
}

describe('txClientOf', () => {
  it('binds the reads and bookkeeping actions to the given client', async () => {
    const { client, request } = fakeClient()
    const tx = txClientOf(client)
    expect(await tx.getTransactionCount({ address: ADDR, blockTag: 'pending' })).toBe(7)
    expect(await tx.getBlockNumber({ cacheTime: 0 })).toBe(16n)
    const abi = parseAbi(['function f(uint256) view returns (uint256)', 'function g()'])
    expect(await tx.readContract({ address: ADDR, abi, functionName: 'f', args: [1n] })).toBe(2n)
    expect(
      await tx.estimateContractGas({ address: ADDR, abi, functionName: 'g', account: ADDR }),
    ).toBe(21_000n)
    await expect(tx.getTransactionReceipt({ hash: `0x${'ab'.repeat(32)}` })).rejects.toThrow(
      /could not be found/i,
    )
    expect(request.mock.calls.map(([r]) => r.method)).toEqual([
      'eth_getTransactionCount',
      'eth_blockNumber',
      'eth_call',
      'eth_estimateGas',
      'eth_getTransactionReceipt',
    ])
  })
})
