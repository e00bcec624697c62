import { useMutation } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useAccount } from 'wagmi'
import { chatCompletion } from '@/api/provider-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useVerifyContext } from './use-verify-context'
import type { Service } from '@/contracts/service'
import {
  newId,
  titleFrom,
  type ChatMessage,
  type ChatParams,
  type Conversation,
} from '@/lib/playground/conversation'
import { feeFor } from '@/lib/protocol/pricing'
import { recordPaidResponse } from './record-paid-response'
import { useConversations } from './use-conversations'
import { useInferenceCall } from './use-inference-call'
import { expectedTextOf, verifyOnce } from '@/chain/playground/verify-exchange'

export interface SendInput {
  /** The conversation to continue, or null to start one with `service`. */
  conversation: Conversation | null
  service: Service
  prompt: string
  systemPrompt: string
  params: ChatParams
  /** Replace the last reply instead of appending (regenerate). */
  regenerate?: boolean
}

/**
 * Streaming chat as a mutation (docs/house-style.md, Data): `send` streams the reply into
 * `streaming`, then saves both messages with the reply's cost and a "verifying" verdict, records
 * the usage and verifies in the background (the verdict replaces "verifying" when the check is
 * done). On error nothing is saved and the mutation's `error` says why; `stop` aborts the stream.
 */
export function useChat() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const ctx = useVerifyContext()
  const call = useInferenceCall()
  const { save, patchMessage } = useConversations()
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
      const history = input.regenerate ? dropLastReply(prior) : prior
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
      const controller = new AbortController()
      abort.current = controller
      setStreaming('')
      let partial = ''
      const result = await call(
        service.provider,
        service.url,
        (t) =>
          chatCompletion(t, body, {
            signal: controller.signal,
            onDelta: (d) => {
              partial += d
              setStreaming((s) => (s ?? '') + d)
            },
          }),
        { signal: controller.signal, onWait: setWaitingMs },
      )
        .catch((error: unknown) => {
          // Stopped mid-reply: keep what arrived, marked as not checkable (only the whole reply is signed).
          if (controller.signal.aborted && partial) return null
          throw error
        })
        .finally(() => {
          setWaitingMs(null)
          setStreaming(null)
        })
      const usage = result?.usage ?? null
      const fee = usage
        ? feeFor(service, {
            kind: 'tokens',
            inputTokens: BigInt(usage.prompt_tokens),
            outputTokens: BigInt(usage.completion_tokens),
          })
        : null
      const reply: ChatMessage = {
        id: newId(),
        role: 'assistant',
        content: result?.content ?? partial,
        createdAt: Date.now(),
        chatId: result?.chatId ?? '',
        model: service.model,
        provider: service.provider,
        ...(fee !== null ? { fee: fee.toString() } : {}),
        ...(usage
          ? { usage: { input: usage.prompt_tokens, output: usage.completion_tokens } }
          : {}),
        verification: result
          ? { status: 'verifying', expectedText: expectedTextOf(result) }
          : {
              status: 'not-verifiable',
              detail: 'Stopped before the end: the provider signs only the complete reply',
            },
      }
      const conversation: Conversation = {
        id: input.conversation?.id ?? newId(),
        chainId,
        user: address,
        provider: service.provider,
        model: service.model,
        title: input.conversation?.title ?? titleFrom(prompt),
        systemPrompt: input.systemPrompt,
        params,
        messages: [...turns, reply],
        updatedAt: Date.now(),
      }
      await save(conversation)
      if (fee !== null && result) {
        recordPaidResponse({
          id: result.chatId || reply.id,
          chainId,
          user: address,
          provider: service.provider,
          model: service.model,
          kind: 'chat',
          fee,
          detail: `${usage!.prompt_tokens} in / ${usage!.completion_tokens} out tokens`,
        })
      }
      if (result)
        void verifyOnce(reply.id, ctx, service, result).then(
          (v) =>
            v &&
            patchMessage(conversation.id, reply.id, {
              verification: v.result,
              ...(v.receipt ? { receipt: v.receipt } : {}),
            }),
        )
      return conversation
    },
  })

  const stop = useCallback(() => abort.current?.abort(), [])
  return { ...mutation, streaming, waitingMs, stop }
}

function dropLastReply(messages: ChatMessage[]): ChatMessage[] {
  const last = messages.at(-1)
  return last?.role === 'assistant' ? messages.slice(0, -1) : messages
}
