import { encodeFunctionData, parseEther, type Address, type Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import { ledgerManagerAbi } from '@/contracts/abis/ledger-manager'
import type { FoundTx } from '@/lib/ledger/found-tx'
import { ledgerCallEntry } from './ledger-calls'

const ledger = '0x00000000000000000000000000000000000000ee' as Address
const user = '0x00000000000000000000000000000000000000aa' as Address
const provider = '0x00000000000000000000000000000000000000bb' as Address
const tx = (over: Partial<FoundTx>): FoundTx => ({
  hash: `0x${'12'.repeat(32)}` as Hash,
  from: user,
  to: ledger,
  input: '0x',
  value: 0n,
  blockNumber: 7n,
  at: 1000,
  ok: true,
  ...over,
})
const call = (data: Parameters<typeof encodeFunctionData<typeof ledgerManagerAbi>>[0]) =>
  encodeFunctionData(data)

describe('ledgerCallEntry', () => {
  it('a ledger created by another client: kind, amount from the value, source', () => {
    const e = ledgerCallEntry(
      tx({
        input: call({ abi: ledgerManagerAbi, functionName: 'addLedger', args: [''] }),
        value: parseEther('3'),
        from: user.toLowerCase() as Address,
      }),
      ledger,
      user,
      'node',
    )
    expect(e).toMatchObject({
      kind: 'create-ledger',
      amount: parseEther('3'),
      source: 'node',
      status: 'confirmed',
      blockNumber: 7n,
      detail: 'Ledger created with 3 0G',
    })
  })
  it('deposit, refund, transfer, retrieve, delete', () => {
    const of = (input: `0x${string}`, value = 0n) =>
      ledgerCallEntry(tx({ input, value }), ledger, user, 'explorer')
    expect(of(call({ abi: ledgerManagerAbi, functionName: 'depositFund' }), 5n)).toMatchObject({
      kind: 'deposit',
      amount: 5n,
    })
    expect(
      of(call({ abi: ledgerManagerAbi, functionName: 'refund', args: [parseEther('1.5')] })),
    ).toMatchObject({ kind: 'refund', amount: parseEther('1.5') })
    expect(
      of(
        call({
          abi: ledgerManagerAbi,
          functionName: 'transferFund',
          args: [provider, 'inference', 9n],
        }),
      ),
    ).toMatchObject({ kind: 'transfer', provider, amount: 9n })
    expect(
      of(
        call({
          abi: ledgerManagerAbi,
          functionName: 'retrieveFund',
          args: [[provider], 'inference'],
        }),
      ),
    ).toMatchObject({ kind: 'retrieve', provider, detail: 'Retrieve from 1 provider' })
    expect(of(call({ abi: ledgerManagerAbi, functionName: 'deleteLedger' }))).toMatchObject({
      kind: 'delete-ledger',
    })
  })
  it('a reverted call is kept as reverted', () => {
    const input = call({ abi: ledgerManagerAbi, functionName: 'depositFund' })
    expect(ledgerCallEntry(tx({ input, ok: false }), ledger, user, 'node')?.status).toBe('reverted')
  })
  it('drops other contracts, other senders, views and undecodable input', () => {
    const deposit = call({ abi: ledgerManagerAbi, functionName: 'depositFund' })
    expect(ledgerCallEntry(tx({ input: deposit, to: provider }), ledger, user, 'node')).toBeNull()
    expect(ledgerCallEntry(tx({ input: deposit, to: null }), ledger, user, 'node')).toBeNull()
    expect(ledgerCallEntry(tx({ input: deposit, from: provider }), ledger, user, 'node')).toBeNull()
    const view = call({ abi: ledgerManagerAbi, functionName: 'getLedger', args: [user] })
    expect(ledgerCallEntry(tx({ input: view }), ledger, user, 'node')).toBeNull()
    expect(ledgerCallEntry(tx({ input: '0xdeadbeef' }), ledger, user, 'node')).toBeNull()
    expect(ledgerCallEntry(tx({ input: '0x' }), ledger, user, 'node')).toBeNull()
  })
})
