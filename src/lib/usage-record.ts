/**
 * A local record of one paid inference response, kept per chain and wallet. The Playground writes
 * them; the Account page uses them for "spendable now" (when the provider's unsettled-fee endpoint
 * does not answer) and the spend view. Amounts are decimal strings of neuron (JSON has no bigint).
 */
import type { Address } from 'viem'

export type UsageKind = 'chat' | 'image' | 'image-edit' | 'transcription'

export interface UsageRecord {
  /** Unique id (the provider's chat id when there is one). */
  id: string
  chainId: number
  user: Address
  provider: Address
  model: string
  kind: UsageKind
  /** neuron, decimal string */
  fee: string
  /** ms since epoch */
  at: number
  /** e.g. "812 in / 230 out tokens", "2 images", "12.4 s audio" */
  detail?: string
}

/** Sum of record fees in neuron. */
export function totalFee(records: readonly UsageRecord[]): bigint {
  return records.reduce((sum, r) => sum + BigInt(r.fee), 0n)
}
