/**
 * Playground records kept in IndexedDB: chat conversations (with each reply's cost, verdict and
 * receipt), generated images, transcripts and side-by-side runs. Every paid response is one record
 * (a reply, a gallery item, a transcript, a side-by-side column) with the same verdict fields:
 * `id`, `chatId`, `provider`, `verification` and `receipt` (docs/playground.md, Storage). Amounts are decimal neuron strings (IndexedDB stores no bigint
 * reliably across browsers' structured clone of plain JSON exports).
 */
import type { Address } from 'viem'
import type { Receipt } from '@/lib/protocol/receipt'
import type { VerificationResult } from '@/lib/protocol/verify-response'
import type { RunTimes } from './run-metrics'

/** A verdict as stored: the pure result, or still checking. */
export type StoredVerification =
  | VerificationResult
  /** `expectedText` lets a check interrupted by a reload resume without the bytes. */
  | { status: 'verifying'; expectedText?: string }

export interface ChatParams {
  temperature: number
  maxTokens: number
  topP: number
}

export interface ChatMessage {
  id: string
  role: 'user' | 'assistant'
  content: string
  createdAt: number
  /** Assistant replies only: */
  chatId?: string
  model?: string
  provider?: Address
  /** neuron, decimal string */
  fee?: string
  usage?: { input: number; output: number }
  verification?: StoredVerification
  receipt?: Receipt
  /**
   * Earlier replies to the same history that a Regenerate replaced, oldest first; each was paid
   * and keeps its cost, verdict and receipt (docs/playground.md, Chat).
   */
  alternatives?: ChatMessage[]
}

export interface Conversation {
  id: string
  chainId: number
  user: Address
  provider: Address
  model: string
  title: string
  systemPrompt: string
  params: ChatParams
  messages: ChatMessage[]
  updatedAt: number
}

export interface GalleryItem {
  id: string
  chainId: number
  user: Address
  kind: 'generation' | 'edit'
  prompt: string
  model: string
  provider: Address
  /** data: URLs of PNG/JPEG images */
  images: string[]
  /** the uploaded original, for edits */
  source?: string
  fee: string
  chatId: string
  verification: StoredVerification
  receipt?: Receipt
  createdAt: number
}

/** One speech-to-text result. */
export interface Transcript {
  id: string
  chainId: number
  user: Address
  provider: Address
  model: string
  /** name of the audio file sent */
  fileName: string
  text: string
  /** neuron, decimal string ("0" when the provider reported no usage) */
  fee: string
  /** e.g. "12.4 s audio", "125 in / 40 out tokens" */
  usageText: string
  chatId: string
  verification: StoredVerification
  receipt?: Receipt
  createdAt: number
}

/** One service's answer in a side-by-side run; `id` is its paid response's record id. */
export interface CompareColumnRecord {
  id: string
  provider: Address
  model: string
  text: string
  /** `performance.now()` values of the page that ran it (only their differences mean anything) */
  times: RunTimes
  /** neuron, decimal string; null until priced (or when the provider reported no usage) */
  fee: string | null
  /** the error's title when the call failed */
  error: string | null
  chatId?: string
  /** null until the reply is complete */
  verification: StoredVerification | null
  receipt?: Receipt
}

/** One side-by-side run: the prompt sent to 2–4 chat services and each one's column. */
export interface CompareRun {
  id: string
  chainId: number
  user: Address
  prompt: string
  columns: CompareColumnRecord[]
  createdAt: number
}

export const DEFAULT_PARAMS: ChatParams = { temperature: 0.7, maxTokens: 1024, topP: 1 }

/** A new random id. */
export function newId(): string {
  return crypto.randomUUID()
}

/** A title from the first user message (first 60 characters). */
export function titleFrom(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 60 ? `${t.slice(0, 57)}…` : t || 'New chat'
}

/** True when the title or any message contains `query` (case-insensitive). */
export function matchesQuery(c: Conversation, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  return (
    c.title.toLowerCase().includes(q) || c.messages.some((m) => m.content.toLowerCase().includes(q))
  )
}
