/**
 * A local record of one paid inference response, kept per chain and wallet. The Playground writes
 * them; the Account page uses them for "spendable now" (when the provider's unsettled-fee endpoint
 * does not answer) and the spend view. Amounts are decimal strings of neuron (JSON has no bigint).
 */
import type { Address } from 'viem'
import {
  isAddressLike,
  isChainId,
  isDecimal,
  isObj,
  isStr,
  isTime,
  storedListParser,
  text,
} from './stored-data'

export type UsageKind = 'chat' | 'image' | 'image-edit' | 'transcription'

export interface UsageRecord {
  /**
   * Unique per paid response: the id of the local record that holds it (reply, image, transcript,
   * side-by-side column), never the provider's chat id, which may be empty or repeated. The store
   * keeps one record per id, so writing the same response twice counts it once.
   */
  id: string
  /** The provider's chat id of the response, when it sent one (records written before #12.3 have none). */
  chatId?: string
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

/** Most records a stored usage log holds (older ones are dropped on write). */
export const MAX_USAGE_RECORDS = 5000

const KINDS: readonly string[] = ['chat', 'image', 'image-edit', 'transcription']

/** A stored record when it is well-formed (free text cut to size), else null. */
export function parseUsageRecord(v: unknown): UsageRecord | null {
  if (!isObj(v)) return null
  if (
    !isStr(v.id, 200, 1) ||
    !isChainId(v.chainId) ||
    !isAddressLike(v.user) ||
    !isAddressLike(v.provider) ||
    typeof v.model !== 'string' ||
    typeof v.kind !== 'string' ||
    !KINDS.includes(v.kind) ||
    !isDecimal(v.fee) ||
    !isTime(v.at) ||
    (v.detail !== undefined && typeof v.detail !== 'string') ||
    (v.chatId !== undefined && !isStr(v.chatId, 300))
  )
    return null
  const r: UsageRecord = {
    id: v.id,
    chainId: v.chainId,
    user: v.user,
    provider: v.provider,
    model: text(v.model, 300) ?? '',
    kind: v.kind as UsageKind,
    fee: v.fee,
    at: v.at,
  }
  if (v.detail !== undefined) r.detail = text(v.detail, 300) ?? undefined
  if (v.chatId !== undefined && v.chatId !== '') r.chatId = v.chatId
  return r
}

/** A stored usage log: the well-formed records and how many were skipped. */
export const parseUsageRecords = storedListParser(parseUsageRecord, MAX_USAGE_RECORDS)
