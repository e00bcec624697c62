import type { Address } from 'viem'
import { recordUsage } from '@/api/usage-store'
import type { UsageKind } from '@/lib/usage-record'

/** Writes the local usage record of one paid response (the Account page reads these). */
export function recordPaidResponse(input: {
  id: string
  chainId: number
  user: Address
  provider: Address
  model: string
  kind: UsageKind
  fee: bigint
  detail?: string
}): void {
  recordUsage({ ...input, fee: input.fee.toString(), at: Date.now() })
}
