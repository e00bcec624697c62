/**
 * Well-formed records as the localStorage stores keep them, for tests of reading them back: one
 * wallet, one provider, a confirmed deposit and a chat response; `extra` changes or breaks fields.
 */
import type { TxRecord } from '@/lib/tx-record'
import type { UsageRecord } from '@/lib/usage-record'

export const TEST_USER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
export const TEST_PROVIDER = '0x00000000000000000000000000000000000000B2'

export const storedTx = (extra: Partial<TxRecord> = {}): TxRecord => ({
  hash: `0x${'ab'.repeat(32)}`,
  chainId: 31337,
  from: TEST_USER,
  nonce: 0,
  label: 'Deposit 7 0G',
  kind: 'deposit',
  status: 'confirmed',
  submittedAt: 1000,
  ...extra,
})

export const storedUsage = (extra: Partial<UsageRecord> = {}): UsageRecord => ({
  id: 'u1',
  chainId: 31337,
  user: TEST_USER,
  provider: TEST_PROVIDER,
  model: 'GLM-5-FP8',
  kind: 'chat',
  fee: '1000',
  at: 5,
  ...extra,
})
