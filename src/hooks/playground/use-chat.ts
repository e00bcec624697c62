import { useMutation } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useAccount } from 'wagmi'
import { chatCompletion, type ChatResult } from '@/api/provider-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { Service } from '@/contracts/service'
import {
  newId,
  titleFrom,
  type ChatMessage,
  type ChatParams,
  type Conversation,
} from '@/lib/playground/conversation'
import {
  historyBeforeEdit,
  historyBeforeLastReply,
  withPreviousReply,
} from '@/lib/playground/chat-turns'
import type { Usage } from '@/lib/protocol/pricing'
import { useConversations } from './use-conversations'
import { usePaidExchange } from './use-paid-exchange'

export interface SendInput {
  /** The conversation to continue, or null to start one with `service`. */
  conversation: Conversation | null
  service: Service
  prompt: string
  systemPrompt: string
  params: ChatParams
  /** Answer the same history again (Regenerate); the replaced reply is kept as an alternative. */
  regenerate?: boolean
  /** Edit: the user message `prompt` replaces; it and every later message are dropped. */
  editFrom?: string
}

const cachedCount = (u: NonNullable<ChatResult['usage']>): number => {
  const n = u.prompt_tokens_details?.cached_tokens
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0
}

/** The token usage a chat reply reports, as pricing input. */
export function chatUsage(r: ChatResult): Usage | null {
  return r.usage
    ? {
        kind: 'tokens',
        inputTokens: BigInt(r.usage.prompt_tokens),
        outputTokens: BigInt(r.usage.completion_tokens),
        // What the provider served from its prompt cache (cacheTokenBilling, docs/protocol.md §8).
        ...(cachedCount(r.usage) > 0 ? { cachedTokens: BigInt(cachedCount(r.usage)) } : {}),
      }
    : null
}

/**
 * Streaming chat as a mutation (docs/house-style.md, Data) on the paid-exchange workflow: `send`
 * streams the reply into `streaming`, then saves both messages with the reply's cost and a
 * "verifying" verdict, records the usage and verifies in the background (the verdict replaces
 * "verifying" when the check is done; a check cut by a reload resumes). On error nothing is saved
 * and the mutation's `error` says why; `stop` aborts the stream and keeps what arrived, marked as
 * not checkable.
 */
export function useChat() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const { save, latest, verdicts } = useConversations()
  const pay = usePaidExchange(verdicts)
  const [streaming, setStreaming] = useState<string | null>(null)
  const [waitingMs, setWaitingMs] = useState<number | null>(null)
  const abort = useRef<AbortController | null>(null)

  const mutation = useMutation({
    mutationKey: ['playground', 'chat'],
    meta: { silentError: true },
    mutationFn: async (input: SendInput): Promise<Conversation> => {
      if (!address) throw new Error('Connect a wallet first')
      const { service, prompt, params } = input
      const prior = input.conversation?.messages ?? []
      // An edit drops the edited message and what followed (their usage records stay: paid).
      const edited = input.editFrom ? historyBeforeEdit(prior, input.editFrom) : null
      if (input.editFrom && !edited) throw new Error('That message is no longer in the chat')
      const history = edited ?? (input.regenerate ? historyBeforeLastReply(prior) : prior)
      const userMsg: ChatMessage | null = input.regenerate
        ? null
        : { id: newId(), role: 'user', content: prompt, createdAt: Date.now() }
      const turns = [...history, ...(userMsg ? [userMsg] : [])]
      const body = {
        model: service.model,
        messages: [
          ...(input.systemPrompt ? [{ role: 'system', content: input.systemPrompt }] : []),
          ...turns.map((m) => ({ role: m.role, content: m.content })),
        ],
        stream: true,
        temperature: params.temperature,
        max_tokens: params.maxTokens,
        top_p: params.topP,
      }
      const conversationId = input.conversation?.id ?? newId()
      /**
       * Saves the conversation with `reply`, keeping the verdicts patched in since it was read; a
       * regenerated reply keeps the one it replaces (as it is now) among its alternatives.
       */
      const saveWith = async (answer: ChatMessage): Promise<Conversation> => {
        const now = latest(conversationId)?.messages
        const replaced = input.regenerate ? prior.at(-1) : undefined
        const reply = withPreviousReply(
          answer,
          replaced && (now?.find((x) => x.id === replaced.id) ?? replaced),
        )
        const conversation: Conversation = {
          id: conversationId,
          chainId,
          user: address,
          provider: service.provider,
          model: service.model,
          title: input.conversation?.title ?? titleFrom(prompt),
          systemPrompt: input.systemPrompt,
          params,
          messages: [...turns.map((m) => now?.find((x) => x.id === m.id) ?? m), reply],
          updatedAt: Date.now(),
        }
        await save(conversation)
        return conversation
      }
      const controller = new AbortController()
      abort.current = controller
      setStreaming('')
      let partial = ''
      try {
        const { saved } = await pay({
          service,
          send: (t) =>
            chatCompletion(t, body, {
              signal: controller.signal,
              onDelta: (d) => {
                partial += d
                setStreaming((s) => (s ?? '') + d)
              },
            }),
          callOptions: { signal: controller.signal, onWait: setWaitingMs },
          usageOf: chatUsage,
          kind: 'chat',
          persist: async (paid) => {
            setWaitingMs(null)
            setStreaming(null)
            const { usage } = paid.exchange
            return saveWith({
              id: paid.id,
              role: 'assistant',
              content: paid.exchange.content,
              createdAt: Date.now(),
              chatId: paid.chatId,
              model: service.model,
              provider: service.provider,
              ...(paid.fee !== null ? { fee: paid.fee.toString() } : {}),
              ...(usage
                ? { usage: { input: usage.prompt_tokens, output: usage.completion_tokens } }
                : {}),
              verification: paid.verification,
            })
          },
        })
        return saved
      } catch (error) {
        // Stopped mid-reply: keep what arrived, marked as not checkable (only the whole reply is
        // signed); nothing is recorded (no usage was reported).
        if (!(controller.signal.aborted && partial)) throw error
        return await saveWith({
          id: newId(),
          role: 'assistant',
          content: partial,
          createdAt: Date.now(),
          model: service.model,
          provider: service.provider,
          verification: {
            status: 'not-verifiable',
            detail: 'Stopped before the end: the provider signs only the complete reply',
          },
        })
      } finally {
        setWaitingMs(null)
        setStreaming(null)
      }
    },
  })

  const stop = useCallback(() => abort.current?.abort(), [])
  return { ...mutation, streaming, waitingMs, stop }
}
