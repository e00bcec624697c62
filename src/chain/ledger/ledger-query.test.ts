/** The ledger overview against a fake client: reads issued together, paging, a missing ledger. */
import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  zeroAddress,
} from 'viem'
import { describe, expect, it, vi } from 'vitest'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import { contractAddresses, DEVNET_CHAIN_ID } from '@/contracts/addresses'
import { fetchLedgerOverview } from './ledger-query'

const user = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const account = (i: number) => ({
  user,
  provider: `0x${(i + 1).toString(16).padStart(40, '0')}` as const,
  nonce: 0n,
  balance: BigInt(i),
  pendingRefund: 0n,
  refunds: [],
  additionalInfo: '',
  acknowledged: true,
  validRefundsLength: 0n,
  generation: 0n,
  revokedBitmap: 0n,
})

function ledgerMissing() {
  const data = encodeErrorResult({
    abi: ledgerManagerAbi,
    errorName: 'LedgerNotExists',
    args: [user],
  })
  const cause = new ContractFunctionRevertedError({
    abi: ledgerManagerAbi,
    data,
    functionName: 'getLedger',
  })
  return new ContractFunctionExecutionError(cause, {
    abi: ledgerManagerAbi,
    functionName: 'getLedger',
    args: [user],
    contractAddress: zeroAddress,
  })
}

const fineTuning = contractAddresses[DEVNET_CHAIN_ID].fineTuning
const ftAccount = {
  user,
  provider: '0x00000000000000000000000000000000000000f7' as const,
  nonce: 2n,
  balance: 3n,
  pendingRefund: 1n,
  additionalInfo: '',
  validRefundsLength: 1n,
  deliverablesCount: 0n,
  acknowledged: false,
}

function fakeClient(opts: {
  accounts: number
  ledger: 'ok' | 'missing' | 'rpc-down'
  fineTuning?: 'ok' | 'down'
}) {
  const all = Array.from({ length: opts.accounts }, (_, i) => account(i))
  let pending = 0
  let peak = 0
  const readContract = vi.fn(
    async (p: {
      address: string
      functionName: string
      args?: readonly unknown[]
      blockNumber?: bigint
    }) => {
      pending++
      peak = Math.max(peak, pending)
      await new Promise((r) => setTimeout(r, 1))
      pending--
      if (p.address === fineTuning) {
        if (opts.fineTuning === 'down') throw new Error('execution reverted')
        return [[ftAccount], 1n]
      }
      switch (p.functionName) {
        case 'getLedger':
          if (opts.ledger === 'missing') throw ledgerMissing()
          if (opts.ledger === 'rpc-down') throw new Error('HTTP request failed')
          return { totalBalance: 10n, availableBalance: 7n }
        case 'getAccountsByUser': {
          const [, offset, limit] = p.args as [string, bigint, bigint]
          return [all.slice(Number(offset), Number(offset + limit)), BigInt(all.length)]
        }
        case 'lockTime':
          return 7200n
        default:
          throw new Error(`unexpected ${p.functionName}`)
      }
    },
  )
  // A round trip: the fine-tuning ABI module loads meanwhile, as it does in the browser.
  const getBlock = vi.fn(async () => {
    await import('@/contracts/fine-tuning-contract')
    return { number: 12n, timestamp: 1_700_000_000n }
  })
  return { client: { readContract, getBlock } as never, readContract, peak: () => peak }
}

describe('fetchLedgerOverview', () => {
  it('issues the ledger, first provider page, fine-tuning accounts and lock time together, at one block', async () => {
    const { client, readContract, peak } = fakeClient({ accounts: 2, ledger: 'ok' })
    const o = await fetchLedgerOverview(client, DEVNET_CHAIN_ID, user)
    expect(peak()).toBe(4)
    expect(readContract).toHaveBeenCalledTimes(4)
    for (const [p] of readContract.mock.calls) expect(p.blockNumber).toBe(12n)
    expect(o.ledger).toEqual({ total: 10n, available: 7n, locked: 3n })
    expect(o.accounts.map((a) => a.balance)).toEqual([0n, 1n])
    expect(o.lockTime).toBe(7200n)
    expect(o.blockNumber).toBe(12n)
    expect(o.fineTuningAccounts).toEqual([
      {
        provider: ftAccount.provider,
        balance: 3n,
        pendingRefund: 1n,
        refunds: [],
        acknowledged: false,
        nonce: 2n,
      },
    ])
  })

  it('fine-tuning accounts that cannot be read are null (unknown), the rest is read', async () => {
    const { client } = fakeClient({ accounts: 1, ledger: 'ok', fineTuning: 'down' })
    const o = await fetchLedgerOverview(client, DEVNET_CHAIN_ID, user)
    expect(o.fineTuningAccounts).toBeNull()
    expect(o.accounts).toHaveLength(1)
  })

  it('reads further provider pages in order', async () => {
    const { client, readContract } = fakeClient({ accounts: 120, ledger: 'ok' })
    const o = await fetchLedgerOverview(client, DEVNET_CHAIN_ID, user)
    expect(o.accounts).toHaveLength(120)
    expect(o.accounts[119]!.balance).toBe(119n)
    const pages = readContract.mock.calls
      .map(([p]) => p)
      .filter((p) => p.functionName === 'getAccountsByUser' && p.address !== fineTuning)
      .map((p) => (p.args as [string, bigint])[1])
    expect(pages).toEqual([0n, 50n, 100n])
  })

  it('a missing ledger is null, not an error', async () => {
    const { client } = fakeClient({ accounts: 0, ledger: 'missing' })
    const o = await fetchLedgerOverview(client, DEVNET_CHAIN_ID, user)
    expect(o.ledger).toBeNull()
    expect(o.accounts).toEqual([])
  })

  it('any other failure fails the overview', async () => {
    const { client } = fakeClient({ accounts: 0, ledger: 'rpc-down' })
    await expect(fetchLedgerOverview(client, DEVNET_CHAIN_ID, user)).rejects.toThrow(
      'HTTP request failed',
    )
  })
})
