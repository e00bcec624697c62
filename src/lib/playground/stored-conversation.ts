/**
 * Validation of playground records read back from IndexedDB (untrusted like all browser storage):
 * a conversation, gallery item, transcript or side-by-side run is kept only when its structure is
 * sound; inside a kept
 * conversation, malformed messages are dropped; an unreadable verdict becomes "not verifiable"
 * (never "verified"), an unreadable receipt is left out. Sizes are bounded.
 */
import { parseReceipt, type Receipt } from '@/lib/protocol/receipt'
import type { RoutingFacts } from '@/lib/protocol/verify-response'
import {
  isAddressLike,
  isChainId,
  isDecimal,
  isInt,
  isObj,
  isStr,
  isTime,
  text,
  type Obj,
  type Parsed,
} from '@/lib/stored-data'
import { MAX_ALTERNATIVES } from './chat-turns'
import type {
  ChatMessage,
  CompareColumnRecord,
  CompareRun,
  Conversation,
  GalleryItem,
  StoredVerification,
  Transcript,
} from './conversation'

export const MAX_STORED_MESSAGES = 5000
/** Characters of one stored message (a long reply is far below this). */
export const MAX_MESSAGE_CHARS = 2_000_000
/** Images of one gallery item. */
export const MAX_STORED_IMAGES = 16
/** Characters of one stored image URL (a data: URL of a large PNG). */
export const MAX_IMAGE_URL_CHARS = 40_000_000

const REASONS: readonly string[] = [
  'wrong-signer',
  'bad-signature',
  'content-mismatch',
  'signature-missing',
  'signer-not-acknowledged',
  'routing-proof',
  'malformed-text',
]

const UNREADABLE_VERDICT: StoredVerification = {
  status: 'not-verifiable',
  detail: 'The stored verdict could not be read.',
}

const nullable = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null => v === null || ok(v)
const isHex = (v: unknown): v is `0x${string}` =>
  typeof v === 'string' && v.length <= 1000 && /^0x[0-9a-fA-F]*$/.test(v)

/** The signed TeeTLS facts; the older routing-proof shape (ADR 0002, superseded) is dropped. */
function parseRouting(v: unknown): RoutingFacts | undefined {
  if (!isObj(v)) return undefined
  if (!isStr(v.providerType, 200, 0) || !isStr(v.providerIdentity, 200, 0)) return undefined
  if (typeof v.tlsCertFingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(v.tlsCertFingerprint))
    return undefined
  return {
    providerType: v.providerType,
    providerIdentity: v.providerIdentity,
    tlsCertFingerprint: v.tlsCertFingerprint,
  }
}

const FAMILIES: readonly string[] = ['plain', 'images', 'routing']
/** Stored expected texts carry one hash per image (≤ MAX_STORED_IMAGES) besides the two. */
const MAX_EXPECTED_CHARS = 200 + 65 * MAX_STORED_IMAGES
/** Signed texts: the expected hashes plus a TeeTLS identity. */
const MAX_SIGNED_CHARS = MAX_EXPECTED_CHARS + 500

/** A stored verdict; anything unreadable becomes "not verifiable" (never a false "verified"). */
export function parseStoredVerification(v: unknown): StoredVerification {
  if (!isObj(v)) return UNREADABLE_VERDICT
  if (v.status === 'verifying') {
    return isStr(v.expectedText, MAX_EXPECTED_CHARS)
      ? { status: 'verifying', expectedText: v.expectedText }
      : { status: 'verifying' }
  }
  const detail = text(v.detail, 2000)
  if (detail === null) return UNREADABLE_VERDICT
  if (v.status === 'not-verifiable') return { status: 'not-verifiable', detail }
  if (v.status === 'no-proof')
    return isStr(v.expectedText, MAX_EXPECTED_CHARS)
      ? { status: 'no-proof', detail, expectedText: v.expectedText }
      : { status: 'no-proof', detail }
  if (v.status !== 'verified' && v.status !== 'invalid') return UNREADABLE_VERDICT
  if (
    (v.reason !== undefined && !(typeof v.reason === 'string' && REASONS.includes(v.reason))) ||
    typeof v.signedByTee !== 'boolean' ||
    typeof v.contentMatches !== 'boolean' ||
    !isAddressLike(v.expectedSigner) ||
    !nullable(v.recoveredSigner, isAddressLike) ||
    !isStr(v.expectedText, MAX_EXPECTED_CHARS) ||
    !nullable(v.signedText, (x): x is string => isStr(x, MAX_SIGNED_CHARS)) ||
    !nullable(v.signature, isHex)
  )
    return UNREADABLE_VERDICT
  const out: StoredVerification = {
    status: v.status,
    detail,
    signedByTee: v.signedByTee,
    contentMatches: v.contentMatches,
    expectedSigner: v.expectedSigner,
    recoveredSigner: v.recoveredSigner,
    expectedText: v.expectedText,
    signedText: v.signedText,
    signature: v.signature,
  }
  if (v.reason !== undefined) out.reason = v.reason as NonNullable<typeof out.reason>
  if (typeof v.responseMatches === 'boolean') out.responseMatches = v.responseMatches
  if (typeof v.requestMatches === 'boolean') out.requestMatches = v.requestMatches
  if (typeof v.family === 'string' && FAMILIES.includes(v.family))
    out.family = v.family as NonNullable<typeof out.family>
  const routing = v.routing === undefined ? undefined : parseRouting(v.routing)
  if (routing) out.routing = routing
  return out
}

function parseStoredReceipt(v: unknown): Receipt | undefined {
  if (v === undefined) return undefined
  const r = parseReceipt(v)
  return r.ok ? r.receipt : undefined
}

function parseMessage(v: unknown, nested = false): ChatMessage | null {
  if (!isObj(v)) return null
  if (
    !isStr(v.id, 200, 1) ||
    (v.role !== 'user' && v.role !== 'assistant') ||
    !isStr(v.content, MAX_MESSAGE_CHARS) ||
    !isTime(v.createdAt) ||
    (v.chatId !== undefined && !isStr(v.chatId, 300)) ||
    (v.model !== undefined && typeof v.model !== 'string') ||
    (v.provider !== undefined && !isAddressLike(v.provider)) ||
    (v.fee !== undefined && !isDecimal(v.fee))
  )
    return null
  const m: ChatMessage = { id: v.id, role: v.role, content: v.content, createdAt: v.createdAt }
  if (v.chatId !== undefined) m.chatId = v.chatId
  if (v.model !== undefined) m.model = text(v.model, 300) ?? ''
  if (v.provider !== undefined) m.provider = v.provider
  if (v.fee !== undefined) m.fee = v.fee
  const u = v.usage
  if (isObj(u) && isInt(u.input) && isInt(u.output)) m.usage = { input: u.input, output: u.output }
  if (v.verification !== undefined) m.verification = parseStoredVerification(v.verification)
  const receipt = parseStoredReceipt(v.receipt)
  if (receipt) m.receipt = receipt
  // A reply's earlier versions (Regenerate): one level deep, unreadable ones skipped.
  if (!nested && v.role === 'assistant' && Array.isArray(v.alternatives)) {
    const alternatives = v.alternatives
      .slice(-MAX_ALTERNATIVES)
      .map((a) => parseMessage(a, true))
      .filter((a): a is ChatMessage => a?.role === 'assistant')
    if (alternatives.length > 0) m.alternatives = alternatives
  }
  return m
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Fields shared by conversations and gallery items, or null. */
function owner(v: Obj) {
  return isStr(v.id, 200, 1) &&
    isChainId(v.chainId) &&
    isAddressLike(v.user) &&
    isAddressLike(v.provider) &&
    typeof v.model === 'string'
    ? {
        id: v.id,
        chainId: v.chainId,
        user: v.user,
        provider: v.provider,
        model: text(v.model, 300)!,
      }
    : null
}

/** A stored conversation and how many of its messages were skipped, or null when unreadable. */
export function parseStoredConversation(v: unknown): Parsed<Conversation> | null {
  if (!isObj(v)) return null
  const base = owner(v)
  const p = v.params
  if (
    !base ||
    !isObj(p) ||
    !finite(p.temperature) ||
    !isInt(p.maxTokens) ||
    !finite(p.topP) ||
    !isStr(v.systemPrompt, MAX_MESSAGE_CHARS) ||
    typeof v.title !== 'string' ||
    !Array.isArray(v.messages) ||
    v.messages.length > MAX_STORED_MESSAGES ||
    !isTime(v.updatedAt)
  )
    return null
  const messages: ChatMessage[] = []
  for (const m of v.messages) {
    const parsed = parseMessage(m)
    if (parsed) messages.push(parsed)
  }
  return {
    value: {
      ...base,
      title: text(v.title, 200)!,
      systemPrompt: v.systemPrompt,
      params: { temperature: p.temperature, maxTokens: p.maxTokens, topP: p.topP },
      messages,
      updatedAt: v.updatedAt,
    },
    dropped: v.messages.length - messages.length,
  }
}

/**
 * An image URL a gallery item may hold: a data: image or a blob: URL (shown directly), or an
 * http(s) URL (shown only after a click). Anything else (javascript:, file:…) is refused.
 */
export function isStoredImageUrl(v: unknown): v is string {
  if (!isStr(v, MAX_IMAGE_URL_CHARS, 1)) return false
  if (/^data:image\//i.test(v) || /^blob:/i.test(v)) return true
  return remoteImageUrl(v) !== null
}

/** The URL when `src` is a remote http(s) image (load only on request), else null. */
export function remoteImageUrl(src: string): URL | null {
  if (!/^https?:\/\//i.test(src) || src.length > 4000) return null
  try {
    const url = new URL(src)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** A stored gallery item when it is well-formed, else null. */
export function parseStoredGalleryItem(v: unknown): GalleryItem | null {
  if (!isObj(v)) return null
  const base = owner(v)
  if (
    !base ||
    (v.kind !== 'generation' && v.kind !== 'edit') ||
    typeof v.prompt !== 'string' ||
    !Array.isArray(v.images) ||
    v.images.length > MAX_STORED_IMAGES ||
    !v.images.every(isStoredImageUrl) ||
    (v.source !== undefined && !isStoredImageUrl(v.source)) ||
    !isDecimal(v.fee) ||
    !isStr(v.chatId, 300) ||
    !isTime(v.createdAt)
  )
    return null
  const item: GalleryItem = {
    ...base,
    kind: v.kind,
    prompt: text(v.prompt, 10_000)!,
    images: v.images as string[],
    fee: v.fee,
    chatId: v.chatId,
    verification: parseStoredVerification(v.verification),
    createdAt: v.createdAt,
  }
  if (v.source !== undefined) item.source = v.source as string
  const receipt = parseStoredReceipt(v.receipt)
  if (receipt) item.receipt = receipt
  return item
}

/** A stored transcript when it is well-formed, else null. */
export function parseStoredTranscript(v: unknown): Transcript | null {
  if (!isObj(v)) return null
  const base = owner(v)
  if (
    !base ||
    typeof v.fileName !== 'string' ||
    !isStr(v.text, MAX_MESSAGE_CHARS) ||
    !isDecimal(v.fee) ||
    typeof v.usageText !== 'string' ||
    !isStr(v.chatId, 300) ||
    !isTime(v.createdAt)
  )
    return null
  const t: Transcript = {
    ...base,
    fileName: text(v.fileName, 300)!,
    text: v.text,
    fee: v.fee,
    usageText: text(v.usageText, 300)!,
    chatId: v.chatId,
    verification: parseStoredVerification(v.verification),
    createdAt: v.createdAt,
  }
  const receipt = parseStoredReceipt(v.receipt)
  if (receipt) t.receipt = receipt
  return t
}

/** Most columns of one side-by-side run (the Compare tab runs 2 to 4). */
export const MAX_COMPARE_COLUMNS = 8

const nullableTime = (v: unknown): v is number | null => v === null || finite(v)

function parseColumn(v: unknown): CompareColumnRecord | null {
  if (!isObj(v)) return null
  const t = v.times
  if (
    !isStr(v.id, 200, 1) ||
    !isAddressLike(v.provider) ||
    typeof v.model !== 'string' ||
    !isStr(v.text, MAX_MESSAGE_CHARS) ||
    !isObj(t) ||
    !finite(t.start) ||
    !nullableTime(t.firstToken) ||
    !nullableTime(t.end) ||
    !(t.outputTokens === null || isInt(t.outputTokens)) ||
    !nullable(v.fee, isDecimal) ||
    !(v.error === null || typeof v.error === 'string') ||
    (v.chatId !== undefined && !isStr(v.chatId, 300))
  )
    return null
  const c: CompareColumnRecord = {
    id: v.id,
    provider: v.provider,
    model: text(v.model, 300)!,
    text: v.text,
    times: { start: t.start, firstToken: t.firstToken, end: t.end, outputTokens: t.outputTokens },
    fee: v.fee,
    error: v.error === null ? null : text(v.error, 500),
    verification:
      v.verification === null || v.verification === undefined
        ? null
        : parseStoredVerification(v.verification),
  }
  if (v.chatId !== undefined) c.chatId = v.chatId
  const receipt = parseStoredReceipt(v.receipt)
  if (receipt) c.receipt = receipt
  return c
}

/** A stored side-by-side run when it and every column are well-formed, else null. */
export function parseStoredCompareRun(v: unknown): CompareRun | null {
  if (
    !isObj(v) ||
    !isStr(v.id, 200, 1) ||
    !isChainId(v.chainId) ||
    !isAddressLike(v.user) ||
    !isStr(v.prompt, MAX_MESSAGE_CHARS) ||
    !Array.isArray(v.columns) ||
    v.columns.length > MAX_COMPARE_COLUMNS ||
    !isTime(v.createdAt)
  )
    return null
  const columns = v.columns.map(parseColumn)
  if (columns.some((c) => c === null)) return null
  return {
    id: v.id,
    chainId: v.chainId,
    user: v.user,
    prompt: v.prompt,
    columns: columns as CompareColumnRecord[],
    createdAt: v.createdAt,
  }
}

/** Stored conversations: the readable ones, and how many conversations and messages were skipped. */
export function parseStoredConversations(all: readonly unknown[]): Parsed<Conversation[]> {
  const value: Conversation[] = []
  let dropped = 0
  for (const v of all) {
    const c = parseStoredConversation(v)
    if (!c) dropped++
    else {
      value.push(c.value)
      dropped += c.dropped
    }
  }
  return { value, dropped }
}

/** Stored gallery items: the readable ones and how many were skipped. */
export function parseStoredGallery(all: readonly unknown[]): Parsed<GalleryItem[]> {
  const value: GalleryItem[] = []
  for (const v of all) {
    const item = parseStoredGalleryItem(v)
    if (item) value.push(item)
  }
  return { value, dropped: all.length - value.length }
}

/** Stored records of one kind: the readable ones and how many were skipped. */
function parseAll<T>(all: readonly unknown[], parse: (v: unknown) => T | null): Parsed<T[]> {
  const value: T[] = []
  for (const v of all) {
    const item = parse(v)
    if (item) value.push(item)
  }
  return { value, dropped: all.length - value.length }
}

/** Stored transcripts: the readable ones and how many were skipped. */
export function parseStoredTranscripts(all: readonly unknown[]): Parsed<Transcript[]> {
  return parseAll(all, parseStoredTranscript)
}

/** Stored side-by-side runs: the readable ones and how many were skipped. */
export function parseStoredCompareRuns(all: readonly unknown[]): Parsed<CompareRun[]> {
  return parseAll(all, parseStoredCompareRun)
}
