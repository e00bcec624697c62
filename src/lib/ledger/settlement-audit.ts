/**
 * Settlement audit: per provider, the fees this browser recorded for its paid responses (usage
 * records) against what the provider's settlements took on chain for this user (FundSpent in the
 * transactions the provider sent), over the same period. The chain records one total per
 * settlement, not per request, so a response is attributed by time to the first settlement at or
 * after it; responses after the last settlement are unsettled, not under-charged. Everything read
 * from storage or chain is untrusted: records of another chain, user or provider, malformed fees
 * and times, and repeated ids are left out.
 */
import type { Address, Hash } from 'viem'
import { formatZeroG } from '../format'
import { capText } from '../untrusted-text'
import type { UsageRecord } from '../usage-record'
import type { HistoryEntry } from './history'

export type AuditStatus = 'matched' | 'over-charged' | 'under-charged' | 'not-settled'

/** One recorded response of the audited provider. */
export interface AuditResponse {
  id: string
  chatId?: string
  /** ms since epoch (this browser's clock) */
  at: number
  model: string
  kind: string
  /** neuron */
  fee: bigint
  /** the settlement it falls into (the first at or after it); null: after the last one, unsettled */
  settlement: Hash | null
  /** the response's verification verdict, when the caller knows it */
  verdict?: string
}

/** One settlement transaction of the provider for this user: the fees it took. */
export interface AuditSettlement {
  hash: Hash
  /** ms since epoch (block time) */
  at: number
  /** neuron (FundSpent amounts in the transaction, summed) */
  amount: bigint
  /** neuron recorded here for the responses attributed to it */
  recorded: bigint
}

export interface ProviderAudit {
  provider: Address
  status: AuditStatus
  /** neuron recorded for responses up to the last settlement */
  recorded: bigint
  /** neuron the provider's settlements took since the first recorded response */
  settled: bigint
  /** |settled − recorded| in neuron: over-charged when settled is larger, under-charged when smaller */
  difference: bigint
  /** neuron recorded after the last settlement */
  unsettled: bigint
  /** ms of the last settlement, null when none in the period */
  lastSettlement: number | null
  /** oldest first */
  responses: AuditResponse[]
  /** oldest first */
  settlements: AuditSettlement[]
}

export interface AuditInput {
  chainId: number
  user: Address
  records: readonly UsageRecord[]
  /** chain history of `user` (fund-spent rows carry the settling provider) */
  history: readonly HistoryEntry[]
  /** verification verdicts by usage-record id, when known */
  verdicts?: ReadonlyMap<string, string>
  /**
   * Chain time minus this browser's time (ms), e.g. the latest block's time minus the time it was
   * read: record times are shifted by it before they are compared with block times. Default 0.
   */
  clockOffsetMs?: number
}

/** A fee above this (10^22 0G) is not a real fee: the record is left out. */
const MAX_FEE = 10n ** 40n
const DECIMAL = /^\d{1,41}$/
const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/
const HEX_HASH = /^0x[0-9a-fA-F]{64}$/

const lower = (a: string) => a.toLowerCase()

function validRecord(r: UsageRecord, chainId: number, user: string): boolean {
  return (
    typeof r === 'object' &&
    r !== null &&
    r.chainId === chainId &&
    typeof r.user === 'string' &&
    lower(r.user) === user &&
    typeof r.provider === 'string' &&
    HEX_ADDRESS.test(r.provider) &&
    typeof r.id === 'string' &&
    r.id.length > 0 &&
    typeof r.fee === 'string' &&
    DECIMAL.test(r.fee) &&
    BigInt(r.fee) <= MAX_FEE &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at) &&
    r.at > 0
  )
}

/** The audit of every provider that has recorded responses or settlements for `user`. */
export function auditSettlements({
  chainId,
  user,
  records,
  history,
  verdicts,
  clockOffsetMs = 0,
}: AuditInput): ProviderAudit[] {
  const me = lower(user)
  const offset = Number.isFinite(clockOffsetMs) ? clockOffsetMs : 0
  const seen = new Set<string>()
  const byProvider = new Map<string, { provider: Address; responses: AuditResponse[] }>()
  for (const r of records) {
    if (!validRecord(r, chainId, me) || seen.has(r.id)) continue
    seen.add(r.id)
    const key = lower(r.provider)
    const group = byProvider.get(key) ?? { provider: r.provider, responses: [] }
    byProvider.set(key, group)
    const response: AuditResponse = {
      id: capText(r.id, 200),
      at: r.at,
      model: capText(typeof r.model === 'string' ? r.model : '', 120),
      kind: capText(typeof r.kind === 'string' ? r.kind : '', 40),
      fee: BigInt(r.fee),
      settlement: null,
    }
    if (typeof r.chatId === 'string' && r.chatId !== '') response.chatId = capText(r.chatId, 200)
    const verdict = verdicts?.get(r.id)
    if (verdict !== undefined) response.verdict = capText(verdict, 60)
    group.responses.push(response)
  }

  // FundSpent per settling transaction, per provider (the transaction's sender).
  const spent = new Map<string, Map<string, AuditSettlement>>()
  for (const e of history) {
    if (e.kind !== 'fund-spent' || e.source !== 'chain') continue
    if (!e.provider || !HEX_ADDRESS.test(e.provider) || !e.hash || !HEX_HASH.test(e.hash)) continue
    if (typeof e.amount !== 'bigint' || e.amount < 0n || !Number.isFinite(e.at)) continue
    const key = lower(e.provider)
    const txs = spent.get(key) ?? new Map<string, AuditSettlement>()
    spent.set(key, txs)
    const tx = txs.get(lower(e.hash))
    if (tx) tx.amount += e.amount
    else txs.set(lower(e.hash), { hash: e.hash, at: e.at, amount: e.amount, recorded: 0n })
    if (!byProvider.has(key)) byProvider.set(key, { provider: e.provider, responses: [] })
  }

  const audits: ProviderAudit[] = []
  for (const [key, { provider, responses }] of byProvider) {
    responses.sort((a, b) => a.at - b.at)
    // Record times in chain time, to compare with block times.
    const first = responses[0] ? responses[0].at + offset : undefined
    // A settlement before the first recorded response cannot contain any of them.
    const settlements = [...(spent.get(key)?.values() ?? [])]
      .filter((s) => first !== undefined && s.at >= first)
      .sort((a, b) => a.at - b.at)
    let i = 0
    let recorded = 0n
    let unsettled = 0n
    for (const r of responses) {
      while (i < settlements.length && settlements[i]!.at < r.at + offset) i++
      const s = settlements[i]
      if (s) {
        r.settlement = s.hash
        s.recorded += r.fee
        recorded += r.fee
      } else unsettled += r.fee
    }
    const settled = settlements.reduce((sum, s) => sum + s.amount, 0n)
    const status: AuditStatus =
      settlements.length === 0
        ? 'not-settled'
        : settled === recorded
          ? 'matched'
          : settled > recorded
            ? 'over-charged'
            : 'under-charged'
    audits.push({
      provider,
      status,
      recorded,
      settled,
      difference: settled > recorded ? settled - recorded : recorded - settled,
      unsettled,
      lastSettlement: settlements.at(-1)?.at ?? null,
      responses,
      settlements,
    })
  }
  return audits
    .filter((a) => a.responses.length > 0)
    .sort((a, b) => lower(a.provider).localeCompare(lower(b.provider)))
}

/** A CSV cell: quoted when needed, and text that a spreadsheet would run as a formula defused. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * CSV of the audits: per provider one `audit` row (amount = the difference, status the verdict),
 * its `settlement` rows (amount taken on chain) and `response` rows (recorded fee, the settlement
 * it falls into and `settled`, or `unsettled`; the verification verdict when known). Amounts are exact 0G decimals, times ISO 8601 UTC.
 */
export function auditToCsv(audits: readonly ProviderAudit[]): string {
  const header = [
    'provider',
    'row',
    'time',
    'model',
    'chat_id',
    'amount_0g',
    'tx',
    'status',
    'verdict',
  ]
  const rows: string[][] = []
  for (const a of audits) {
    rows.push([
      a.provider,
      'audit',
      a.lastSettlement === null ? '' : iso(a.lastSettlement),
      '',
      '',
      formatZeroG(a.difference),
      '',
      a.status,
      '',
    ])
    for (const s of a.settlements)
      rows.push([
        a.provider,
        'settlement',
        iso(s.at),
        '',
        '',
        formatZeroG(s.amount),
        s.hash,
        '',
        '',
      ])
    for (const r of a.responses)
      rows.push([
        a.provider,
        'response',
        iso(r.at),
        r.model,
        r.chatId ?? '',
        formatZeroG(r.fee),
        r.settlement ?? '',
        r.settlement ? 'settled' : 'unsettled',
        r.verdict ?? '',
      ])
  }
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n'
}

/** Plain words for a stored verification status. */
const VERDICT_WORDS: Record<string, string> = {
  verified: 'verified',
  invalid: 'invalid',
  'no-proof': 'not verified',
  'not-verifiable': 'not verifiable',
  verifying: 'verifying',
}

/**
 * The verification verdicts of the Playground's stored results by id (chat replies and the earlier
 * replies a Regenerate kept, gallery items, transcripts, side-by-side columns): a usage record's id
 * is the id of the result it paid for. Walks the stored records structurally (untrusted; unknown
 * statuses are left out), at most `limit` verdicts.
 */
export function collectVerdicts(
  stored: readonly (readonly unknown[])[],
  limit = 20_000,
): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (v: unknown, depth: number) => {
    if (out.size >= limit || depth > 3 || typeof v !== 'object' || v === null) return
    const o = v as Record<string, unknown>
    const status = (o.verification as { status?: unknown } | null | undefined)?.status
    if (typeof o.id === 'string' && typeof status === 'string' && status in VERDICT_WORDS)
      out.set(o.id, VERDICT_WORDS[status]!)
    for (const k of ['messages', 'alternatives', 'columns'])
      if (Array.isArray(o[k])) for (const child of o[k] as unknown[]) visit(child, depth + 1)
  }
  for (const list of stored) for (const item of list) visit(item, 0)
  return out
}
