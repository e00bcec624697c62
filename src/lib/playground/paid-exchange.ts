/**
 * The pure parts of the one paid-exchange workflow every playground modality runs (call → fee →
 * persist "verifying" → record usage → verify → persist the verdict; docs/playground.md): the
 * usage record of a paid response, the words for its usage, and which stored results still need
 * their check.
 */
import type { Address } from 'viem'
import type { Usage } from '@/lib/protocol/pricing'
import type { Receipt } from '@/lib/protocol/receipt'
import type { UsageKind, UsageRecord } from '@/lib/usage-record'
import type { StoredVerification } from './conversation'

/** What the check of one result stores: its verdict, and the receipt of a verified one. */
export interface VerdictPatch {
  verification: StoredVerification
  receipt?: Receipt
}

/** A stored result as the resume step sees it (a reply, gallery item, transcript or column). */
export interface PendingCheck {
  id: string
  chatId?: string
  provider?: string
  verification?: StoredVerification | null
}

/** A stored result whose check can resume: still "verifying", with its expected text and chat id. */
export interface ResumableCheck {
  id: string
  chatId: string
  provider: string
  expectedText: string
}

/** The results among `items` whose check was left "verifying" (e.g. by a reload) and can resume. */
export function resumableChecks(items: readonly PendingCheck[]): ResumableCheck[] {
  return items.flatMap((item) => {
    const v = item.verification
    if (v?.status !== 'verifying' || !v.expectedText || !item.chatId || !item.provider) return []
    return [
      { id: item.id, chatId: item.chatId, provider: item.provider, expectedText: v.expectedText },
    ]
  })
}

/**
 * What a retry of a "no proof" verdict stores: the result goes back to "verifying" with its
 * expected hashes, so the resume step asks for the signature again. Null when nothing can be
 * retried (another verdict, or no chat id to ask with).
 */
export function retryPatch(v: StoredVerification | null | undefined): VerdictPatch | null {
  if (v?.status !== 'no-proof' || !v.expectedText) return null
  return { verification: { status: 'verifying', expectedText: v.expectedText } }
}

/**
 * The Retry of a "no proof" badge for the stored result `id`: stores `retryPatch` through
 * `patchVerdict`, so the result's resume step fetches the signature again and stores the new
 * verdict. Undefined when the verdict cannot be retried (the badge then offers no Retry).
 */
export function verdictRetry(
  patchVerdict: (id: string, patch: VerdictPatch) => unknown,
  id: string,
  v: StoredVerification | null | undefined,
): (() => void) | undefined {
  const patch = retryPatch(v)
  if (!patch) return undefined
  return () => void Promise.resolve(patchVerdict(id, patch)).catch(() => undefined)
}

/** The usage as a short text: "812 in / 230 out tokens", "2 images", "12.4 s audio". */
export function usageText(usage: Usage | null): string {
  if (!usage) return 'no usage reported'
  switch (usage.kind) {
    case 'tokens':
      return `${usage.inputTokens} in / ${usage.outputTokens} out tokens`
    case 'images':
      return `${usage.count} image${usage.count === 1n ? '' : 's'}`
    case 'duration':
      return `${Number(usage.milliseconds) / 1000} s audio`
  }
}

/**
 * The local usage record of one paid response. Its id is the id of the local record holding the
 * response (unique per response, so two responses never collapse, e.g. when the provider sent no
 * chat id), and the provider's chat id is kept beside it.
 */
export function paidUsageRecord(input: {
  id: string
  chatId: string
  chainId: number
  user: Address
  provider: Address
  model: string
  kind: UsageKind
  fee: bigint
  usage: Usage
  /** appended to the usage text, e.g. "side by side" */
  note?: string
  at: number
}): UsageRecord {
  const detail = usageText(input.usage) + (input.note ? ` (${input.note})` : '')
  return {
    id: input.id,
    ...(input.chatId ? { chatId: input.chatId } : {}),
    chainId: input.chainId,
    user: input.user,
    provider: input.provider,
    model: input.model,
    kind: input.kind,
    fee: input.fee.toString(),
    at: input.at,
    detail,
  }
}
